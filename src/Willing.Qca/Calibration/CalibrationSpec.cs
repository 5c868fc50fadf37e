using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Willing.Core.Reading;
using Willing.Typology.Sets;

namespace Willing.Qca.Calibration;

/// <summary>
/// How one raw column is calibrated into a set: the method, its thresholds and, for the direct method, the
/// convention. Written as a command line takes it: <c>DEV=direct:400,550,900</c>, <c>DEV=direct-fsqca:400,550,900</c>,
/// <c>DEV=linear:400,900</c>, <c>DEV=crisp:550</c>, <c>STB=crisp:&lt;10</c>.
/// </summary>
/// <remarks>
/// <para>Thresholds are given in R's QCA order: full non-membership (exclusion, <c>e</c>), crossover (<c>c</c>), full
/// membership (inclusion, <c>i</c>), as <c>calibrate(thresholds = "e=400, c=550, i=900")</c>; they may be named
/// (<c>direct:i=900,c=550,e=400</c>). When e &gt; i the set is decreasing (more of the raw value, less membership).
/// The three must be strictly ordered one way or the other.</para>
/// <para><c>direct</c> follows R's QCA package (the anchors map to 0.95 and 0.05, log-odds ±ln 19, its default
/// <c>idm = 0.95</c>); <c>direct-fsqca</c> follows fs/QCA and Ragin (2008) (log-odds ±3). <c>linear</c> takes two
/// thresholds (e, i: a straight line from 0 to 1) or three (e, c, i: two segments through 0.5 at c). As in R's QCA
/// <c>calibrate</c>, the QCA-convention direct and the linear methods set memberships below 0.0001 to 0 and above
/// 0.9999 to 1. <c>crisp</c> takes one threshold with an optional comparison (<c>550</c> and <c>&gt;=550</c> mean x ≥ 550,
/// as R's <c>findInterval</c>; also <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>); multi-value sets are not supported.</para>
/// </remarks>
public sealed record CalibrationSpec
{
    private static readonly string[] Methods = ["direct", "direct-fsqca", "linear", "crisp"];

    private CalibrationSpec(string column, CalibrationMethod method, CalibrationConvention convention, ImmutableArray<double> thresholds, CrispComparison comparison)
    {
        Column = column;
        Method = method;
        Convention = convention;
        Thresholds = thresholds;
        Comparison = comparison;
    }

    /// <summary>The column calibrated; the set keeps its name.</summary>
    [JsonPropertyName("column")]
    public string Column { get; }

    /// <summary>The method.</summary>
    [JsonPropertyName("method")]
    public CalibrationMethod Method { get; }

    /// <summary>For <see cref="CalibrationMethod.Direct"/>, the log-odds the anchors map to; ignored otherwise.</summary>
    [JsonPropertyName("convention")]
    public CalibrationConvention Convention { get; }

    /// <summary>The thresholds in the order of <see cref="ThresholdNames"/>, in the raw column's unit.</summary>
    [JsonPropertyName("thresholds")]
    public ImmutableArray<double> Thresholds { get; }

    /// <summary>For <see cref="CalibrationMethod.Crisp"/>, which side of the threshold is 1; ignored otherwise.</summary>
    [JsonPropertyName("comparison")]
    public CrispComparison Comparison { get; }

    /// <summary>The names of the thresholds: <c>e, c, i</c> (exclusion, crossover, inclusion), <c>e, i</c> for a two-point linear calibration, <c>threshold</c> for a crisp one.</summary>
    [JsonIgnore]
    public ImmutableArray<string> ThresholdNames => Method switch
    {
        CalibrationMethod.Crisp => ["threshold"],
        _ when Thresholds.Length == 2 => ["e", "i"],
        _ => ["e", "c", "i"],
    };

    /// <summary>True when more of the raw value means more membership.</summary>
    [JsonPropertyName("increasing")]
    public bool Increasing => Method == CalibrationMethod.Crisp
        ? Comparison is CrispComparison.AtLeast or CrispComparison.Above
        : Thresholds[^1] > Thresholds[0];

    /// <summary>Ragin's direct method with thresholds e (full non-membership), c (crossover), i (full membership).</summary>
    /// <exception cref="QcaException">The thresholds are not finite and strictly ordered.</exception>
    public static CalibrationSpec Direct(string column, double exclusion, double crossover, double inclusion, CalibrationConvention convention = CalibrationConvention.Qca) =>
        Checked(new CalibrationSpec(column, CalibrationMethod.Direct, convention, [exclusion, crossover, inclusion], CrispComparison.AtLeast));

    /// <summary>Linear calibration from 0 at e (full non-membership) to 1 at i (full membership).</summary>
    /// <exception cref="QcaException">The thresholds are not finite and distinct.</exception>
    public static CalibrationSpec Linear(string column, double exclusion, double inclusion) =>
        Checked(new CalibrationSpec(column, CalibrationMethod.Linear, CalibrationConvention.Qca, [exclusion, inclusion], CrispComparison.AtLeast));

    /// <summary>Linear calibration through 0 at e, 0.5 at c and 1 at i.</summary>
    /// <exception cref="QcaException">The thresholds are not finite and strictly ordered.</exception>
    public static CalibrationSpec Linear(string column, double exclusion, double crossover, double inclusion) =>
        Checked(new CalibrationSpec(column, CalibrationMethod.Linear, CalibrationConvention.Qca, [exclusion, crossover, inclusion], CrispComparison.AtLeast));

    /// <summary>Crisp calibration: 1 where the raw value compares to the threshold as asked, else 0.</summary>
    /// <exception cref="QcaException">The threshold is not finite.</exception>
    public static CalibrationSpec Crisp(string column, double threshold, CrispComparison comparison = CrispComparison.AtLeast) =>
        Checked(new CalibrationSpec(column, CalibrationMethod.Crisp, CalibrationConvention.Qca, [threshold], comparison));

    /// <summary>The membership of a raw value (NaN stays NaN: a missing value stays missing).</summary>
    public double Membership(double x)
    {
        if (double.IsNaN(x))
            return double.NaN;
        return Method switch
        {
            CalibrationMethod.Crisp => CrispMembership(x),
            CalibrationMethod.Linear => Truncate(LinearMembership(x)),
            _ when Convention == CalibrationConvention.Qca => Truncate(DirectCalibration.Calibrate(x, new Anchors(Thresholds[2], Thresholds[1], Thresholds[0]), Convention)),
            _ => DirectCalibration.Calibrate(x, new Anchors(Thresholds[2], Thresholds[1], Thresholds[0]), Convention),
        };
    }

    /// <summary>The same calibration with one threshold moved (for robustness checks).</summary>
    /// <param name="name">One of <see cref="ThresholdNames"/>.</param>
    /// <param name="value">The new value.</param>
    /// <exception cref="QcaException">There is no such threshold, or the thresholds would no longer be ordered.</exception>
    public CalibrationSpec WithThreshold(string name, double value)
    {
        int index = ThresholdNames.IndexOf(name);
        if (index < 0)
            throw new QcaException(new QcaError($"the calibration of '{Echo.Quote(Column)}' has no threshold '{Echo.Quote(name)}'; it has {string.Join(", ", ThresholdNames)}", Column));
        return Checked(new CalibrationSpec(Column, Method, Convention, Thresholds.SetItem(index, value), Comparison));
    }

    /// <summary>The spec as <see cref="Parse(string)"/> reads it, e.g. <c>DEV=direct:400,550,900</c>.</summary>
    public override string ToString()
    {
        string numbers = string.Join(",", Thresholds.Select(Format));
        return Method switch
        {
            CalibrationMethod.Crisp => $"{Column}=crisp:{Comparison switch { CrispComparison.Above => ">", CrispComparison.AtMost => "<=", CrispComparison.Below => "<", _ => string.Empty }}{numbers}",
            CalibrationMethod.Linear => $"{Column}=linear:{numbers}",
            _ => $"{Column}={(Convention == CalibrationConvention.Ragin ? "direct-fsqca" : "direct")}:{numbers}",
        };
    }

    /// <inheritdoc />
    public bool Equals(CalibrationSpec? other) =>
        other is not null && Column == other.Column && Method == other.Method && Convention == other.Convention
        && Comparison == other.Comparison && Thresholds.SequenceEqual(other.Thresholds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Column, Method, Convention, Comparison, Thresholds.Length > 0 ? Thresholds[0] : 0);

    /// <summary>Parses one spec, e.g. <c>DEV=direct:400,550,900</c>.</summary>
    /// <exception cref="QcaException">The text is not a spec; every error found, each at its character.</exception>
    public static CalibrationSpec Parse(string text)
    {
        var errors = new List<QcaError>();
        var spec = Parse(text, errors);
        return spec ?? throw new QcaException(errors);
    }

    /// <summary>Parses several specs (e.g. the repeated <c>--calibrate</c> options of a command); the specs, or every error in all of them.</summary>
    public static (ImmutableArray<CalibrationSpec> Specs, IReadOnlyList<QcaError> Errors) ParseAll(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var errors = new List<QcaError>();
        var specs = new List<CalibrationSpec>();
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (Parse(text, errors) is not { } spec)
                continue;
            if (columns.TryGetValue(spec.Column, out var earlier))
                errors.Add(new QcaError($"the column '{Echo.Quote(spec.Column)}' is calibrated twice (also by '{Echo.Quote(earlier)}')", spec.Column, text, 1));
            else
                columns[spec.Column] = text;
            specs.Add(spec);
        }

        return errors.Count > 0 ? ([], errors) : ([.. specs], []);
    }

    private static CalibrationSpec? Parse(string text, List<QcaError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        int before = errors.Count;
        void Error(string message, int at, string? column = null) => errors.Add(new QcaError(message, column, text, at));

        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            Error("a calibration is written COLUMN=METHOD:THRESHOLDS, e.g. DEV=direct:400,550,900 (methods: direct, direct-fsqca, linear, crisp)", 1);
            return null;
        }

        string column = text[..equals].Trim();
        if (column.Length == 0)
        {
            Error("the column name is missing before '='", 1);
            return null;
        }

        int colon = text.IndexOf(':', equals + 1);
        if (colon < 0)
        {
            Error("the method must be followed by ':' and the thresholds, e.g. direct:400,550,900", text.Length + 1, column);
            return null;
        }

        string methodText = text[(equals + 1)..colon].Trim();
        int methodAt = equals + 2 + (text[(equals + 1)..colon].Length - text[(equals + 1)..colon].TrimStart().Length);
        string? method = Methods.FirstOrDefault(m => string.Equals(m, methodText, StringComparison.OrdinalIgnoreCase));
        if (method is null)
        {
            string? near = new InputDiagnostics(string.Empty).Suggest(methodText.ToLowerInvariant(), Methods);
            Error($"'{Echo.Quote(methodText)}' is not a calibration method{(near is null ? string.Empty : $" (did you mean '{near}'?)")}: use direct, direct-fsqca, linear or crisp", methodAt, column);
            return null;
        }

        // The arguments, each with the 1-based character where it starts.
        var args = new List<(string Text, int At)>();
        int start = colon + 1;
        for (int i = colon + 1; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ',')
            {
                string raw = text[start..i];
                args.Add((raw.Trim(), start + 1 + (raw.Length - raw.TrimStart().Length)));
                start = i + 1;
            }
        }

        if (args.Count == 1 && args[0].Text.Length == 0)
        {
            Error($"no thresholds after '{method}:'", args[0].At, column);
            return null;
        }

        if (method == "crisp")
            return ParseCrisp(column, args, Error);

        int wanted = method == "linear" ? (args.Count == 2 ? 2 : 3) : 3;
        if (args.Count != wanted)
        {
            string expect = method == "linear" ? "2 thresholds (e, i) or 3 (e, c, i)" : "3 thresholds: full non-membership, crossover, full membership (e, c, i)";
            Error($"{method} calibration takes {expect}, not {args.Count.ToString(CultureInfo.InvariantCulture)}", args[0].At, column);
            return null;
        }

        string[] names = wanted == 2 ? ["e", "i"] : ["e", "c", "i"];
        var values = new double[wanted];
        var given = new bool[wanted];
        int named = 0;
        for (int a = 0; a < args.Count; a++)
        {
            var (arg, at) = args[a];
            int slot = a;
            string number = arg;
            int eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                named++;
                string label = arg[..eq].Trim();
                slot = Array.IndexOf(names, label.ToLowerInvariant());
                if (slot < 0)
                {
                    Error($"'{Echo.Quote(label)}' is not a threshold of {method} calibration: name them {string.Join(", ", names)}", at, column);
                    continue;
                }

                if (given[slot])
                {
                    Error($"the threshold '{names[slot]}' is given twice", at, column);
                    continue;
                }

                number = arg[(eq + 1)..].Trim();
            }

            given[slot] = true;
            if (!TryNumber(number, out values[slot]))
                Error($"'{Echo.Quote(number)}' is not a number", at, column);
        }

        if (named != 0 && named != args.Count)
            Error($"name all thresholds ({string.Join(", ", names.Select(n => n + "=…"))}) or none", args[0].At, column);
        if (errors.Count > before)
            return null;

        var convention = method == "direct-fsqca" ? CalibrationConvention.Ragin : CalibrationConvention.Qca;
        var candidate = new CalibrationSpec(column, method == "linear" ? CalibrationMethod.Linear : CalibrationMethod.Direct, convention, [.. values], CrispComparison.AtLeast);
        if (candidate.OrderProblem() is { } problem)
        {
            Error(problem, args[0].At, column);
            return null;
        }

        return candidate;
    }

    private static CalibrationSpec? ParseCrisp(string column, List<(string Text, int At)> args, Action<string, int, string?> error)
    {
        if (args.Count > 1)
        {
            error("crisp calibration takes one threshold: multi-value sets are not supported", args[1].At, column);
            return null;
        }

        var (arg, at) = args[0];
        (string op, CrispComparison comparison) = arg switch
        {
            _ when arg.StartsWith(">=", StringComparison.Ordinal) => (">=", CrispComparison.AtLeast),
            _ when arg.StartsWith("<=", StringComparison.Ordinal) => ("<=", CrispComparison.AtMost),
            _ when arg.StartsWith('≥') => ("≥", CrispComparison.AtLeast),
            _ when arg.StartsWith('≤') => ("≤", CrispComparison.AtMost),
            _ when arg.StartsWith('>') => (">", CrispComparison.Above),
            _ when arg.StartsWith('<') => ("<", CrispComparison.Below),
            _ => (string.Empty, CrispComparison.AtLeast),
        };
        string number = arg[op.Length..].Trim();
        if (!TryNumber(number, out double threshold))
        {
            error($"'{Echo.Quote(number)}' is not a number: write the threshold as 550, >=550, >550, <=550 or <550", at, column);
            return null;
        }

        return new CalibrationSpec(column, CalibrationMethod.Crisp, CalibrationConvention.Qca, [threshold], comparison);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static CalibrationSpec Checked(CalibrationSpec spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec.Column);
        if (spec.OrderProblem() is { } problem)
            throw new QcaException(new QcaError(problem, spec.Column, spec.ToString(), null));
        return spec;
    }

    private string? OrderProblem()
    {
        if (Thresholds.Any(t => !double.IsFinite(t)))
            return "every threshold must be a finite number";
        if (Method == CalibrationMethod.Crisp)
            return null;
        if (Thresholds.Length == 2)
            return Thresholds[0] == Thresholds[1] ? $"the thresholds e and i are both {Format(Thresholds[0])}: they must differ" : null;
        double e = Thresholds[0], c = Thresholds[1], i = Thresholds[2];
        bool ordered = (e < c && c < i) || (e > c && c > i);
        return ordered ? null : $"the thresholds must be strictly ordered, e < c < i for an increasing set or e > c > i for a decreasing one (here e = {Format(e)}, c = {Format(c)}, i = {Format(i)})";
    }

    private double CrispMembership(double x) => Comparison switch
    {
        CrispComparison.Above => x > Thresholds[0] ? 1 : 0,
        CrispComparison.AtMost => x <= Thresholds[0] ? 1 : 0,
        CrispComparison.Below => x < Thresholds[0] ? 1 : 0,
        _ => x >= Thresholds[0] ? 1 : 0,
    };

    // R's QCA calibrate(logistic = FALSE), with its exponents "above" and "below" at 1.
    private double LinearMembership(double x)
    {
        double e = Thresholds[0], i = Thresholds[^1];
        double c = Thresholds.Length == 3 ? Thresholds[1] : (e + i) / 2;
        if (e < i)
        {
            if (x <= e)
                return 0;
            if (x <= c)
                return (e - x) / (e - c) / 2;
            return x <= i ? 1 - ((i - x) / (i - c) / 2) : 1;
        }

        if (x <= i)
            return 1;
        if (x <= c)
            return 1 - ((i - x) / (i - c) / 2);
        return x <= e ? (e - x) / (e - c) / 2 : 0;
    }

    // As R's QCA calibrate: fs[fs < 0.0001] <- 0; fs[fs > 0.9999] <- 1.
    private static double Truncate(double m) => m < 0.0001 ? 0 : m > 0.9999 ? 1 : m;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
