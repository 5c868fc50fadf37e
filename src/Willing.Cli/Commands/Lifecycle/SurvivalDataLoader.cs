using System.Collections.Immutable;
using System.Globalization;
using Willing.Cli.Output;
using Willing.Core.Reading;
using Willing.Lifecycle.Cases;
using Willing.Lifecycle.Io;
using Willing.Lifecycle.Survival;

namespace Willing.Cli.Commands.Lifecycle;

/// <summary>The event-history data a <c>willing survival</c> command analyses, from its <see cref="SurvivalSettings"/>.</summary>
internal static class SurvivalDataLoader
{
    /// <summary>The covariates of a case's Cox model when none are named: Tago's (2009) election and government-change terms and Mello's (2020) recent casualties.</summary>
    public static readonly ImmutableArray<string> DefaultCovariates = ["election_past3", "gov_change_past3", "casualties_past3"];

    /// <summary>Data loaded, with where they came from.</summary>
    /// <param name="Data">The data.</param>
    /// <param name="Source">The case id or the file.</param>
    /// <param name="Dropped">Rows left out for a missing covariate.</param>
    /// <param name="History">A case's rows, when the data come from a case.</param>
    public sealed record Loaded(SurvivalData Data, string Source, int Dropped, EventHistory? History);

    /// <summary>The data, or null after printing every error.</summary>
    /// <param name="settings">The options.</param>
    /// <param name="output">Where errors go.</param>
    /// <param name="causes">Whether events are read by cause (competing risks).</param>
    /// <param name="covariates">Whether covariates are analysed (Cox models); KM and CIF take none.</param>
    public static Loaded? Load(SurvivalSettings settings, CliOutput output, bool causes, bool covariates)
    {
        var wanted = covariates ? settings.CovariateNames ?? (settings.Csv is null ? DefaultCovariates : []) : [];
        if (settings.Csv is { } path)
        {
            var options = new SurvivalCsvOptions(settings.Time!, settings.Event!, settings.Start, settings.Group, settings.Strata, settings.Cluster, wanted, causes);
            var read = SurvivalCsvReader.ReadFile(path, options);
            foreach (var e in read.Errors)
                output.Error.WriteLine(e.ToString());
            if (read.Data is null)
                return null;
            if (read.DroppedForMissing > 0)
                output.Error.WriteLine($"note: {read.DroppedForMissing.ToString(CultureInfo.InvariantCulture)} rows left out for a missing covariate (NA), as R's coxph leaves them out");
            return new Loaded(read.Data, path, read.DroppedForMissing, null);
        }

        if (CaseLoader.Load(settings.Case!, settings, output) is not { } coalition)
            return null;
        var history = EventHistory.Of(coalition, settings.HistoryOptions);
        var unknown = wanted.Append(settings.Group).OfType<string>().Where(c => !history.Covariates.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            output.Error.WriteLine($"willing: {string.Join(", ", unknown.Select(u => $"'{Echo.Quote(u)}'"))}: not a covariate of a case's rows; they are {string.Join(", ", history.Covariates)}");
            return null;
        }

        if (history.Rows.IsEmpty)
        {
            output.Error.WriteLine($"willing: {coalition.Id} has no subjects to analyse ({(settings.HistoryOptions.Scope == SubjectScope.Members ? "no members" : "no partners that contributed forces; --subjects members takes every member")})");
            return null;
        }

        if (!covariates)
        {
            // Curves take one interval per member (or per run of months with the same group value).
            var perMember = history.ToSurvivalDataPerMember(settings.Group, causes);
            if (settings.Group is not null && perMember.Groups.Contains("NA"))
                output.Error.WriteLine($"note: members whose {settings.Group} is unknown form a group of their own, NA");
            return new Loaded(perMember, coalition.Id.Value, 0, history);
        }

        // Models take the month-by-month rows (their covariates change over time); groups are for curves only.
        var (data, dropped) = history.ToSurvivalData(wanted, causes);
        if (dropped > 0)
            output.Error.WriteLine($"note: {dropped.ToString(CultureInfo.InvariantCulture)} member-months left out for a missing covariate");
        return new Loaded(data, coalition.Id.Value, dropped, history);
    }
}
