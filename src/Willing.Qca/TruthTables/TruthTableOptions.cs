using System.Globalization;
using System.Text.Json.Serialization;

namespace Willing.Qca.TruthTables;

/// <summary>The cut-offs that decide each truth-table row's output, as R's QCA <c>truthTable(incl.cut, n.cut, pri.cut)</c>.</summary>
/// <remarks>
/// A row with fewer than <see cref="NCut"/> cases is a remainder (<c>?</c>). Otherwise its output is 1 when its
/// inclusion is at least <see cref="InclCut"/> and its PRI at least <see cref="PriCut"/>; a contradiction (<c>C</c>)
/// when its inclusion is below <see cref="InclCut"/> but at least <see cref="InclCut0"/> (QCA's
/// <c>incl.cut = c(ic1, ic0)</c>); else 0. "At least" allows QCA's tolerance of √ε ≈ 1.5e-8 (its <c>agteb</c>).
/// </remarks>
public sealed record TruthTableOptions
{
    /// <summary>The defaults of R's QCA: incl.cut = 1, n.cut = 1, pri.cut = 0.</summary>
    public static TruthTableOptions Default { get; } = new();

    /// <summary>The least inclusion for output 1 (QCA's ic1); 1 by default.</summary>
    [JsonPropertyName("inclCut")]
    public double InclCut { get; init; } = 1;

    /// <summary>The least inclusion for a contradiction (QCA's ic0); null for none (every row is 1 or 0).</summary>
    [JsonPropertyName("inclCut0")]
    public double? InclCut0 { get; init; }

    /// <summary>The fewest cases for a row not to be a remainder; 1 by default.</summary>
    [JsonPropertyName("nCut")]
    public int NCut { get; init; } = 1;

    /// <summary>The least PRI for output 1; 0 by default.</summary>
    [JsonPropertyName("priCut")]
    public double PriCut { get; init; }

    /// <summary>
    /// These options with the inclusion cut-offs of a command-line value in QCA's notation: <c>0.8</c> (one cut-off) or
    /// <c>0.8,0.6</c> (<c>incl.cut = c(ic1, ic0)</c>: rows between the two are contradictions).
    /// </summary>
    /// <exception cref="QcaException">The text is not one or two numbers in [0, 1] with ic0 ≤ ic1; the error says where.</exception>
    public TruthTableOptions WithInclCut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',');
        var values = new double[parts.Length];
        int at = 1;
        for (int p = 0; p < parts.Length; p++)
        {
            string part = parts[p].Trim();
            if (parts.Length > 2 || !double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out values[p]) || !double.IsFinite(values[p]))
            {
                string message = parts.Length > 2
                    ? "an inclusion cut-off is one number (0.8) or two (0.8,0.6: output 1 from the first, contradictions from the second)"
                    : $"'{Willing.Core.Reading.Echo.Quote(part)}' is not a number";
                throw new QcaException(new QcaError(message, null, text, parts.Length > 2 ? 1 : at));
            }

            at += parts[p].Length + 1;
        }

        var options = this with { InclCut = values[0], InclCut0 = values.Length == 2 ? values[1] : null };
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? options : throw new QcaException(problems.Select(e => e with { Text = text }).ToList());
    }

    /// <summary>The problems with these options, if any.</summary>
    internal IEnumerable<QcaError> Problems()
    {
        static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        if (InclCut is < 0 or > 1 || double.IsNaN(InclCut))
            yield return new QcaError($"the inclusion cut-off {F(InclCut)} is not in [0, 1]");
        if (InclCut0 is { } ic0 && (ic0 is < 0 or > 1 || double.IsNaN(ic0)))
            yield return new QcaError($"the contradiction cut-off {F(ic0)} is not in [0, 1]");
        else if (InclCut0 is { } low && low > InclCut)
            yield return new QcaError($"the contradiction cut-off {F(low)} is above the inclusion cut-off {F(InclCut)}: give incl.cut as (ic1, ic0) with ic0 ≤ ic1");
        if (NCut < 1)
            yield return new QcaError($"the frequency cut-off {NCut.ToString(CultureInfo.InvariantCulture)} is below 1");
        if (PriCut is < 0 or > 1 || double.IsNaN(PriCut))
            yield return new QcaError($"the PRI cut-off {F(PriCut)} is not in [0, 1]");
    }
}
