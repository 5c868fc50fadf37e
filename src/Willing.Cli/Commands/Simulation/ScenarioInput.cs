using Willing.Cli.Output;
using Willing.Core.Reading;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Cli.Commands.Simulation;

/// <summary>Finds and loads the scenario a simulate command names, printing every error when it cannot.</summary>
internal static class ScenarioInput
{
    /// <summary>The case base and the scenario a simulate command names, with its <c>--set</c> values applied; null after printing why (<paramref name="exit"/> the exit code).</summary>
    public static (CaseBase Cases, Scenario Scenario, IScenarioSimulation Simulation, ParameterSet Parameters)? Open(SimulateSettings settings, CliOutput output, out int exit)
    {
        exit = WillingApp.InvalidInput;
        if (CaseBaseLoader.Load(settings, output) is not { } cases)
            return null;
        if (Load(settings.Scenario, cases, output) is not { Simulation: { } sim, Scenario: { } scenario })
            return null;
        if (Apply(sim.Parameters.Defaults, settings.Set, output) is not { } parameters)
        {
            exit = WillingApp.WrongUsage;
            return null;
        }

        exit = WillingApp.Success;
        return (cases, scenario, sim, parameters);
    }

    /// <summary>
    /// The scenario <paramref name="name"/>: a file when one exists at that path (or the name looks like a path),
    /// else a built-in scenario of that id; null after printing every error.
    /// </summary>
    public static ScenarioLoadResult? Load(string name, CaseBase cases, CliOutput output)
    {
        var result = Resolve(name, null, cases, output);
        if (result is null)
            return null;
        if (result.Succeeded)
            return result;
        foreach (var error in result.Errors)
            output.Error.WriteLine(error.ToString());
        output.Error.WriteLine($"willing: the scenario has {CaseBaseLoader.Plural(result.ErrorCount, "error")}; nothing was run");
        return null;
    }

    /// <summary>A check's scenario: a file beside <paramref name="origin"/>'s file when it exists there, else the built-in one of that name.</summary>
    public static ScenarioLoadResult? LoadCheck(Scenario origin, string check, CaseBase cases, CliOutput output)
    {
        string? folder = File.Exists(origin.File) ? Path.GetDirectoryName(Path.GetFullPath(origin.File)) : null;
        var result = Resolve(check, folder, cases, output);
        if (result is null || result.Succeeded)
            return result;
        foreach (var error in result.Errors)
            output.Error.WriteLine(error.ToString());
        output.Error.WriteLine($"willing: the check scenario {check} has {CaseBaseLoader.Plural(result.ErrorCount, "error")}");
        return null;
    }

    /// <summary>An exception's message for the user: an <see cref="ArgumentException"/>'s without the parameter name the runtime appends.</summary>
    public static string Reason(Exception e) =>
        e is ArgumentException { ParamName: { } name } a ? a.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;

    /// <summary>Applies <c>--set name=value</c> items over <paramref name="parameters"/>; null after printing every problem.</summary>
    public static ParameterSet? Apply(ParameterSet parameters, string[]? set, CliOutput output)
    {
        if (set is not { Length: > 0 })
            return parameters;
        var problems = new List<string>();
        foreach (string item in set)
        {
            if (item.Contains(',', StringComparison.Ordinal))
                problems.Add($"--set '{Echo.Quote(item)}': one value per parameter (a grid is 'simulate batch --grid')");
        }

        var grid = ParameterGrid.Empty;
        if (problems.Count == 0 && !ParameterGrid.TryParse(parameters.Space, set, out grid, out var errors))
            problems.AddRange(errors);
        if (problems.Count > 0)
        {
            foreach (string p in problems)
                output.Error.WriteLine($"willing: --set: {p}");
            return null;
        }

        foreach (var axis in grid.Axes)
            parameters = parameters.With(axis.Name, axis.Values[0]);
        return parameters;
    }

    private static ScenarioLoadResult? Resolve(string name, string? folder, CaseBase cases, CliOutput output)
    {
        string path = folder is null || Path.IsPathRooted(name) ? name : Path.Combine(folder, name);
        bool looksLikePath = name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal)
            || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        if (File.Exists(path) || (looksLikePath && BuiltInScenarios.Text(name) is null))
            return ScenarioLoader.Load(path, cases, displayName: folder is null ? name : path);
        if (ScenarioLoader.LoadBuiltIn(name, cases) is { } builtIn)
            return builtIn;

        output.Error.WriteLine($"willing: no scenario file '{Echo.Quote(name)}' and no built-in scenario of that id; the built-in scenarios: {string.Join(", ", BuiltInScenarios.Ids)}");
        return null;
    }
}
