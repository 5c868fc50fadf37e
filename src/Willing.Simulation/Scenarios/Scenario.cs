using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Core.Reading.Yaml;

namespace Willing.Simulation.Scenarios;

/// <summary>
/// A simulation scenario as read from a scenario file (<c>data/scenarios/*.yaml</c>): which mechanism runs, the case
/// it is seeded from, its clock, fixed parameter values, actor attributes and events beyond the case's, the free
/// parameters a calibration fits and the observed curve it fits them to. Every part keeps its position in the file so
/// that a later check (against the mechanism or the case base) can report its errors located as the reader does.
/// </summary>
/// <param name="File">The file name the errors name.</param>
/// <param name="Id">The scenario's id (kebab case; the file's name without <c>.yaml</c> by convention).</param>
/// <param name="Name">A short title.</param>
/// <param name="Mechanism">The mechanism's name (<see cref="ScenarioMechanism.Name"/>), e.g. <c>leader-recruitment</c>.</param>
/// <param name="Description">What the scenario represents and what it leaves out.</param>
/// <param name="Case">The case the scenario is seeded from (actors, attributes, ties, inducements, events); null for a scenario that stands alone (a "future" one may still name one).</param>
/// <param name="Start">The calendar month of step 0; step <c>s</c> is the month <c>Start + s</c>.</param>
/// <param name="Months">The step limit: one step is one month.</param>
/// <param name="Parameters">Fixed parameter values, overriding the mechanism's defaults (checked against its parameter space).</param>
/// <param name="Population">Agents beyond the case's actors (e.g. the rest of the states system), or null.</param>
/// <param name="Actors">Per-actor settings: attributes and kinds beyond or instead of those taken from the case.</param>
/// <param name="Events">Dated events beyond the case's (a future scenario's conferences, elections, casualties).</param>
/// <param name="Calibration">The free parameters and the observed curve to fit them to, or null.</param>
/// <param name="Checks">Out-of-sample checks: other observed curves this scenario's calibrated parameters are to predict.</param>
/// <param name="Sources">The sources that values set in the scenario file cite.</param>
/// <param name="Position">Where the scenario's mapping starts.</param>
public sealed record Scenario(
    string File,
    string Id,
    string Name,
    string Mechanism,
    string? Description,
    ScenarioCase? Case,
    ScenarioMonth Start,
    int Months,
    ImmutableArray<ScenarioSetting> Parameters,
    ScenarioPopulation? Population,
    ImmutableArray<ScenarioActor> Actors,
    ImmutableArray<ScenarioEvent> Events,
    ScenarioCalibration? Calibration,
    ImmutableArray<ScenarioCheck> Checks,
    ImmutableArray<ScenarioSource> Sources,
    YamlPosition Position);

/// <summary>The case a scenario is seeded from, with where it was named.</summary>
public sealed record ScenarioCase(CoalitionId Id, YamlPosition Position, string Path);

/// <summary>A calendar month (year and month 1–12).</summary>
public readonly record struct ScenarioMonth(int Year, int Month) : IComparable<ScenarioMonth>
{
    /// <summary>Months since year 0, month 1: a total order on months.</summary>
    public int Index => (Year * 12) + Month - 1;

    /// <summary>The month <paramref name="months"/> after this one (before it when negative).</summary>
    public ScenarioMonth Plus(int months)
    {
        int i = Index + months;
        return new(Math.DivRem(i, 12, out int m) - (m < 0 ? 1 : 0), ((m % 12) + 12) % 12 + 1);
    }

    /// <summary>How many months <paramref name="month"/> is after this one.</summary>
    public int MonthsUntil(ScenarioMonth month) => month.Index - Index;

    /// <summary>The month of a partial date's earliest day (a year-only date: its January).</summary>
    public static ScenarioMonth Earliest(PartialDate date) => new(date.Year, date.Month ?? 1);

    /// <inheritdoc />
    public int CompareTo(ScenarioMonth other) => Index.CompareTo(other.Index);

    /// <inheritdoc />
    public override string ToString() => $"{Year:D4}-{Month:D2}";

    /// <summary>Whether <paramref name="left"/> is before <paramref name="right"/>.</summary>
    public static bool operator <(ScenarioMonth left, ScenarioMonth right) => left.Index < right.Index;

    /// <summary>Whether <paramref name="left"/> is after <paramref name="right"/>.</summary>
    public static bool operator >(ScenarioMonth left, ScenarioMonth right) => left.Index > right.Index;

    /// <summary>Whether <paramref name="left"/> is not after <paramref name="right"/>.</summary>
    public static bool operator <=(ScenarioMonth left, ScenarioMonth right) => left.Index <= right.Index;

    /// <summary>Whether <paramref name="left"/> is not before <paramref name="right"/>.</summary>
    public static bool operator >=(ScenarioMonth left, ScenarioMonth right) => left.Index >= right.Index;
}

/// <summary>A <c>name: value</c> setting as written (its value checked later against the parameter's definition).</summary>
public sealed record ScenarioSetting(string Name, string Text, YamlPosition Position, string Path);

/// <summary>Agents beyond the case's actors: <paramref name="Count"/> anonymous actors of one kind, with default attributes.</summary>
/// <param name="Count">How many (ids <c>{Prefix}-1</c> … <c>{Prefix}-{Count}</c>).</param>
/// <param name="Kind">Their kind (<c>state</c>, <c>ngo</c>, …), kebab case as agent kinds are.</param>
/// <param name="Prefix">The prefix of their ids.</param>
/// <param name="Description">Who they stand for (e.g. "the other UN member states").</param>
/// <param name="Attributes">Attribute values every one of them gets (a mechanism may draw its own where none is given).</param>
/// <param name="Sources">Source ids behind the count.</param>
/// <param name="Position">Where it is in the file.</param>
/// <param name="Path">Its field path.</param>
public sealed record ScenarioPopulation(int Count, string Kind, string Prefix, string? Description,
    ImmutableArray<ScenarioValue> Attributes, ImmutableArray<string> Sources, YamlPosition Position, string Path);

/// <summary>A numeric attribute of an actor (alignment, power, domestic opposition, threshold, …), with its sources.</summary>
public sealed record ScenarioValue(string Name, double Value, ImmutableArray<string> Sources, string? Note, YamlPosition Position, string Path);

/// <summary>Settings for one actor: the case's actor of that id, or one the scenario adds (then <paramref name="Kind"/> is required).</summary>
public sealed record ScenarioActor(string Id, string? Kind, string? Name, ImmutableArray<ScenarioValue> Attributes,
    ImmutableArray<string> Sources, string? Note, YamlPosition Position, string Path);

/// <summary>
/// A dated event of the scenario: <paramref name="Kind"/> is kebab case, e.g. <c>election</c>, <c>government-change</c>,
/// <c>casualties</c>, <c>hostage-crisis</c>, <c>conference</c>, <c>un-authorisation</c>, <c>payment</c>.
/// </summary>
/// <param name="Actor">The actor it concerns, or null for a system-wide event (a conference).</param>
/// <param name="Id">Its id, or null.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Date">When it happened (or is set to happen).</param>
/// <param name="Value">Its size where it has one (deaths, an amount, a conference's intensity).</param>
/// <param name="Description">What it is.</param>
/// <param name="Sources">Source ids behind it.</param>
/// <param name="Position">Where it is in the file.</param>
/// <param name="Path">Its field path.</param>
public sealed record ScenarioEvent(string? Id, string Kind, PartialDate Date, string? Actor, double? Value, string? Description,
    ImmutableArray<string> Sources, YamlPosition Position, string Path);

/// <summary>A free parameter of a calibration and the range searched.</summary>
public sealed record ScenarioFreeParameter(string Name, double Low, double High, YamlPosition Position, string Path);

/// <summary>
/// An observed curve in the case base: a case's series by id (<paramref name="Series"/>), or a curve of its timeline
/// (<paramref name="Curve"/>: <c>members</c>, <c>troop-contributors</c> or <c>troops</c>, by month).
/// </summary>
/// <param name="Case">The case whose data the curve is.</param>
/// <param name="Series">The id of one of the case's series, or null.</param>
/// <param name="Curve">A timeline curve, or null.</param>
/// <param name="Position">Where it is in the file.</param>
/// <param name="Path">Its field path.</param>
/// <param name="Reporter">The model reporter that the curve is compared with (a count per step).</param>
/// <param name="Until">The last observed month used, or null for all.</param>
public sealed record ScenarioTarget(CoalitionId Case, string? Series, string? Curve, string Reporter, ScenarioMonth? Until,
    YamlPosition Position, string Path);

/// <summary>What a calibration fits: free parameters, the target curve, the loss and its Monte Carlo settings.</summary>
/// <param name="Free">The free parameters.</param>
/// <param name="Target">The observed curve.</param>
/// <param name="Position">Where it is in the file.</param>
/// <param name="Path">Its field path.</param>
/// <param name="Loss">The loss's name: <c>rmse</c> (root mean squared error of the replicate mean at the observed months) is the default.</param>
/// <param name="Replicates">Replicates per evaluation (common random numbers: the same seeds at every evaluation).</param>
/// <param name="Evaluations">The most loss evaluations the optimiser may make.</param>
public sealed record ScenarioCalibration(ImmutableArray<ScenarioFreeParameter> Free, ScenarioTarget Target, string Loss,
    int Replicates, int Evaluations, YamlPosition Position, string Path);

/// <summary>An out-of-sample check: the scenario <paramref name="Scenario"/> (a file next to this one) run with this scenario's calibrated values, against <paramref name="Target"/>.</summary>
public sealed record ScenarioCheck(string Scenario, ScenarioTarget Target, string? Description, YamlPosition Position, string Path);

/// <summary>A source cited by values set in the scenario file.</summary>
public sealed record ScenarioSource(string Id, string? Citation, string? Url, string? Note, YamlPosition Position, string Path);
