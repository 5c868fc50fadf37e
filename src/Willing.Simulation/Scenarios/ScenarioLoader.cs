using System.Collections.Immutable;
using System.Globalization;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Reading.Yaml;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Scenarios;

/// <summary>
/// Reads a scenario file and turns it into a runnable <see cref="IScenarioSimulation"/>: the mechanism it names, its
/// fixed parameters, its case, its calibration and checks, all checked and every problem located in the scenario file.
/// </summary>
/// <remarks>
/// The stages, each reporting every error it finds: read the file (<see cref="ScenarioReader"/>); find the mechanism;
/// parse each fixed parameter with its definition (<see cref="ParameterDefinition.TryParse"/>) and build the space
/// with those values as defaults (<see cref="ParameterSpace.WithDefaults"/>); find the case; check the actors and
/// events against the case; check the calibration's free parameters (known, numeric, the range inside the
/// definition's) and every target (its case, its series or curve); check that each check's scenario file exists
/// next to this one; then build (<see cref="ScenarioMechanism.Build"/>) and check that every target's reporter is
/// one of the simulation's <see cref="IScenarioSimulation.Curves"/>. A file that does not read stops after the first
/// stage; an unknown mechanism or case stops before the build. No input makes it throw.
/// </remarks>
public static class ScenarioLoader
{
    /// <summary>Loads the scenario file at <paramref name="path"/>; check scenarios are looked for in its folder.</summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="cases">The case base its cases are looked up in.</param>
    /// <param name="mechanisms">The mechanisms it may name (default: <see cref="ScenarioMechanisms.Registered"/>).</param>
    /// <param name="limits">The input limits (default: <see cref="InputLimits.Default"/>).</param>
    /// <param name="displayName">The name errors are reported under (default: the path as given).</param>
    public static ScenarioLoadResult Load(string path, CaseBase cases, IEnumerable<ScenarioMechanism>? mechanisms = null, InputLimits? limits = null, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(cases);
        string name = displayName ?? path;
        var (text, error) = InputText.ReadFile(path, name, limits ?? InputLimits.Default);
        if (text is null)
            return new ScenarioLoadResult(null, null, [error!]);
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        return Load(text, cases, directory, mechanisms, limits ?? InputLimits.Default);
    }

    /// <summary>Loads built-in scenario <paramref name="id"/> (an id or a file name such as <c>icc-rome.yaml</c>) under its file name <c>data/scenarios/{id}.yaml</c>; null when there is no such built-in scenario.</summary>
    public static ScenarioLoadResult? LoadBuiltIn(string id, CaseBase cases)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (BuiltInScenarios.Text(id) is not { } text)
            return null;
        return LoadText(BuiltInScenarios.FileName(Path.GetFileNameWithoutExtension(id)), text, cases);
    }

    /// <summary>Loads scenario text.</summary>
    /// <param name="file">The name errors are reported under.</param>
    /// <param name="text">The file's contents.</param>
    /// <param name="cases">The case base its cases are looked up in.</param>
    /// <param name="directory">The folder check scenarios are looked for in; null to leave their existence unchecked.</param>
    /// <param name="mechanisms">The mechanisms it may name (default: <see cref="ScenarioMechanisms.Registered"/>).</param>
    /// <param name="limits">The input limits (default: <see cref="InputLimits.Default"/>).</param>
    public static ScenarioLoadResult LoadText(string file, string text, CaseBase cases, string? directory = null, IEnumerable<ScenarioMechanism>? mechanisms = null, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cases);
        return Load(InputText.FromString(file, text), cases, directory, mechanisms, limits ?? InputLimits.Default);
    }

    private static ScenarioLoadResult Load(InputText text, CaseBase cases, string? directory, IEnumerable<ScenarioMechanism>? mechanisms, InputLimits limits)
    {
        var d = new InputDiagnostics(text.File, limits);
        var scenario = ScenarioReader.Read(text, d, out var root);
        if (scenario is null || root is null)
            return Result(null, null, d);
        var at = new Locator(root);
        var known = (mechanisms ?? ScenarioMechanisms.Registered).ToImmutableArray();

        var mechanism = known.FirstOrDefault(m => string.Equals(m.Name, scenario.Mechanism, StringComparison.Ordinal));
        if (mechanism is null)
        {
            var names = known.Select(m => m.Name).Order(StringComparer.Ordinal).ToArray();
            string hint = d.Suggest(scenario.Mechanism, names) is { } near ? $"did you mean '{near}'? " : string.Empty;
            string list = names.Length == 0 ? "no mechanism is registered" : $"the mechanisms: {string.Join(", ", names)}";
            d.Add(at.Find("mechanism", scenario.Position), "mechanism", $"no mechanism is named '{Echo.Quote(scenario.Mechanism)}'; {hint}{list}");
        }

        var space = mechanism is null ? null : FixedParameters(scenario, mechanism.Parameters, d);

        Coalition? coalition = null;
        if (scenario.Case is { } sc)
        {
            coalition = cases.Find(sc.Id.Value);
            if (coalition is null)
                d.Add(sc.Position, sc.Path, $"the case '{Echo.Quote(sc.Id.Value)}' is not in the case base{Near(d, sc.Id.Value, cases)}");
        }

        CheckActors(scenario, coalition, d, at, kinds: mechanism is not { ChecksActors: true });
        if (space is not null && scenario.Calibration is { } calibration)
            CheckFree(calibration, space, d, at);
        foreach (var target in Targets(scenario))
            CheckTarget(target, cases, d, at);
        if (directory is not null)
        {
            foreach (var check in scenario.Checks)
            {
                string path = YamlFields.Child(check.Path, "scenario");
                string full = Path.Combine(directory, check.Scenario);
                if (!File.Exists(full))
                    d.Add(at.Find(path, check.Position), path, $"the check scenario '{Echo.Quote(check.Scenario)}' is not a file next to this one (looked for {Echo.Quote(full, 200)})");
            }
        }

        if (mechanism is null || space is null || (scenario.Case is not null && coalition is null))
            return Result(scenario, null, d);

        IScenarioSimulation? simulation;
        try
        {
            simulation = mechanism.Build(new ScenarioContext(scenario, cases, space, d));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            d.Add(scenario.Position, string.Empty, $"the mechanism {mechanism.Name} could not build this scenario: {ex.Message}");
            simulation = null;
        }

        if (simulation is not null)
        {
            foreach (var target in Targets(scenario).Where(t => !simulation.Curves.Contains(t.Reporter)))
            {
                string path = YamlFields.Child(target.Path, "reporter");
                string hint = d.Suggest(target.Reporter, simulation.Curves) is { } near ? $"did you mean '{near}'? " : string.Empty;
                d.Add(at.Find(path, target.Position), path, $"'{Echo.Quote(target.Reporter)}' is not a curve of the {mechanism.Name} simulation; {hint}its curves: {string.Join(", ", simulation.Curves)}");
            }
        }

        return Result(scenario, d.HasErrors ? null : simulation, d);
    }

    private static ScenarioLoadResult Result(Scenario? scenario, IScenarioSimulation? simulation, InputDiagnostics d) =>
        new(scenario, simulation, d.Sorted()) { ErrorCount = d.Count };

    /// <summary>Each fixed value parsed with its definition; the space with the good ones as defaults.</summary>
    private static ParameterSpace FixedParameters(Scenario scenario, ParameterSpace space, InputDiagnostics d)
    {
        var values = new List<KeyValuePair<string, ScalarValue>>();
        foreach (var setting in scenario.Parameters)
        {
            var definition = space.Find(setting.Name);
            if (definition is null)
            {
                var names = space.Definitions.Select(x => x.Name).ToArray();
                string hint = d.Suggest(setting.Name, names) is { } near ? $"did you mean '{near}'? " : string.Empty;
                d.Add(setting.Position, setting.Path, $"'{Echo.Quote(setting.Name)}' is not a parameter of {scenario.Mechanism}; {hint}its parameters: {string.Join(", ", names)}");
                continue;
            }

            if (!definition.TryParse(setting.Text, out var value, out string? error))
            {
                d.Add(setting.Position, setting.Path, $"{error}; {Admissible(definition)}");
                continue;
            }

            values.Add(new(setting.Name, value));
        }

        return space.WithDefaults(values);
    }

    private static string Admissible(ParameterDefinition definition) => definition.Type switch
    {
        ColumnType.Long => $"{definition.Name} is a whole number in {definition.Range}",
        ColumnType.Double => $"{definition.Name} is a number in {definition.Range}",
        ColumnType.Bool => $"{definition.Name} is true or false",
        _ when !definition.Choices.IsDefaultOrEmpty => $"{definition.Name} is one of: {string.Join(", ", definition.Choices)}",
        _ => $"{definition.Name} is a word",
    };

    /// <summary>Actors the scenario adds need a kind (unless the mechanism checks its actors itself: <paramref name="kinds"/> false); event actors must be actors of the scenario, its case or its population.</summary>
    private static void CheckActors(Scenario scenario, Coalition? coalition, InputDiagnostics d, Locator at, bool kinds)
    {
        var caseActors = coalition?.Actors.Select(a => a.Id.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var actor in scenario.Actors.Where(a => kinds && a.Kind is null && (caseActors is null || !caseActors.Contains(a.Id))))
        {
            if (scenario.Case is not null && caseActors is null)
                continue; // the case is missing, already reported
            string where = coalition is null ? "the scenario names no case" : $"'{Echo.Quote(actor.Id)}' is not an actor of {coalition.Id.Value}";
            d.Add(at.Find(YamlFields.Child(actor.Path, "id"), actor.Position), YamlFields.Child(actor.Path, "id"), $"{where}: an actor the scenario adds needs its kind (kind: state, ngo, ...)");
        }

        if (scenario.Case is not null && caseActors is null)
            return;
        var ids = scenario.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (caseActors is not null)
            ids.UnionWith(caseActors);
        var population = scenario.Population;
        foreach (var e in scenario.Events)
        {
            if (e.Actor is not { } actor || ids.Contains(actor) || (population is not null && IsPopulationId(actor, population)))
                continue;
            string path = YamlFields.Child(e.Path, "actor");
            string hint = d.Suggest(actor, ids) is { } near ? $"; did you mean '{near}'?" : string.Empty;
            d.Add(at.Find(path, e.Position), path, $"actor '{Echo.Quote(actor)}' is not an actor of the scenario{(coalition is null ? string.Empty : " or of " + coalition.Id.Value)}{hint}");
        }
    }

    private static bool IsPopulationId(string id, ScenarioPopulation population) =>
        id.StartsWith(population.Prefix + "-", StringComparison.Ordinal)
        && int.TryParse(id.AsSpan(population.Prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int k) && k >= 1 && k <= population.Count;

    private static void CheckFree(ScenarioCalibration calibration, ParameterSpace space, InputDiagnostics d, Locator at)
    {
        var names = space.Definitions.Select(x => x.Name).ToArray();
        foreach (var free in calibration.Free)
        {
            string path = YamlFields.Child(free.Path, "name");
            var definition = space.Find(free.Name);
            if (definition is null)
            {
                string hint = d.Suggest(free.Name, names) is { } near ? $"did you mean '{near}'? " : string.Empty;
                d.Add(at.Find(path, free.Position), path, $"'{Echo.Quote(free.Name)}' is not a parameter of the mechanism; {hint}its parameters: {string.Join(", ", names)}");
            }
            else if (definition.Type is not (ColumnType.Long or ColumnType.Double))
                d.Add(at.Find(path, free.Position), path, $"{free.Name} is not numeric, so a calibration cannot vary it: free parameters are numbers or whole numbers");
            else if (free.Low < definition.Minimum || free.High > definition.Maximum)
            {
                string end = YamlFields.Child(free.Path, free.Low < definition.Minimum ? "low" : "high");
                d.Add(at.Find(end, free.Position), end, $"the range [{Number(free.Low)}, {Number(free.High)}] of {free.Name} goes outside its admissible range {definition.Range}");
            }
        }
    }

    private static IEnumerable<ScenarioTarget> Targets(Scenario scenario) =>
        (scenario.Calibration is { } c ? [c.Target] : Array.Empty<ScenarioTarget>()).Concat(scenario.Checks.Select(k => k.Target));

    private static void CheckTarget(ScenarioTarget target, CaseBase cases, InputDiagnostics d, Locator at)
    {
        var coalition = cases.Find(target.Case.Value);
        string casePath = YamlFields.Child(target.Path, "case");
        if (coalition is null)
        {
            d.Add(at.Find(casePath, target.Position), casePath, $"the case '{Echo.Quote(target.Case.Value)}' is not in the case base{Near(d, target.Case.Value, cases)}");
            return;
        }

        if (target.Series is { } series && !coalition.Series.Any(s => s.Id.Value == series))
        {
            string path = YamlFields.Child(target.Path, "series");
            var ids = coalition.Series.Select(s => s.Id.Value).ToArray();
            string hint = d.Suggest(series, ids) is { } near ? $"did you mean '{near}'? " : string.Empty;
            string list = ids.Length == 0 ? $"{coalition.Id.Value} has no series (use a timeline curve: members, troop-contributors or troops)" : $"its series: {string.Join(", ", ids)}";
            d.Add(at.Find(path, target.Position), path, $"'{Echo.Quote(series)}' is not a series of {coalition.Id.Value}; {hint}{list}");
        }
    }

    private static string Near(InputDiagnostics d, string id, CaseBase cases) =>
        d.Suggest(id, cases.Coalitions.Select(c => c.Id.Value)) is { } near ? $"; did you mean '{near}'?" : string.Empty;

    private static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Finds the node at a field path (<c>calibration.target.reporter</c>, <c>checks[1].scenario</c>), for exact positions.</summary>
    private sealed class Locator(YamlNode root)
    {
        public YamlPosition Find(string path, YamlPosition fallback)
        {
            YamlNode? node = root;
            foreach (string part in path.Split('.'))
            {
                int bracket = part.IndexOf('[', StringComparison.Ordinal);
                string key = bracket < 0 ? part : part[..bracket];
                if (key.Length > 0)
                    node = node is YamlMappingNode map && map.TryGetValue(key, out var v) ? v : null;
                for (int b = bracket; b >= 0 && node is not null; b = part.IndexOf('[', b + 1))
                {
                    int close = part.IndexOf(']', b);
                    node = close > b && int.TryParse(part.AsSpan(b + 1, close - b - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int i)
                        && node is YamlSequenceNode seq && i < seq.Children.Count ? seq.Children[i] : null;
                }

                if (node is null)
                    return fallback;
            }

            return node?.Start ?? fallback;
        }
    }
}

/// <summary>The outcome of loading a scenario: the scenario as read, the simulation built from it, or every error found.</summary>
/// <param name="Scenario">The scenario, when the file read (even if a later stage found errors).</param>
/// <param name="Simulation">The runnable simulation, when there was no error at all.</param>
/// <param name="Errors">Every error found, in file order (at most <see cref="InputLimits.MaxErrors"/>, the last then counting the rest).</param>
public sealed record ScenarioLoadResult(Scenario? Scenario, IScenarioSimulation? Simulation, IReadOnlyList<InputError> Errors)
{
    /// <summary>How many errors there were, counting those beyond the limit of errors shown.</summary>
    public int ErrorCount { get; init; } = Errors.Count;

    /// <summary>True when the scenario loaded and built without error.</summary>
    public bool Succeeded => Simulation is not null && Errors.Count == 0;
}
