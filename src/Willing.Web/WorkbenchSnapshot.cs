using System.Collections.Frozen;
using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Reports;
using Willing.Storage;
using Willing.Typology.Classification;

namespace Willing.Web;

/// <summary>
/// The case base as the store held it at one moment, with everything computed from it (classifications,
/// property space, trajectories, networks, lifecycles, QCA — <see cref="ReportData"/> without the
/// calibrated simulations): what every page and API read is served from, so that a read costs no analysis.
/// </summary>
/// <param name="Stamp">The store's state it was built from: every case id with its revision.</param>
/// <param name="Data">The report data over the stored case base.</param>
/// <param name="Cases">The stored cases' summaries, by id.</param>
/// <param name="Errors">The errors if a stored text no longer reads (then <paramref name="Data"/> holds the cases that do).</param>
public sealed record WorkbenchSnapshot(
    string Stamp,
    ReportData Data,
    FrozenDictionary<string, CaseSummary> Cases,
    ImmutableArray<Willing.Core.Reading.InputError> Errors)
{
    private readonly FrozenDictionary<string, int> index =
        Data.Coalitions.Select((c, i) => (c.Id.Value, i)).ToFrozenDictionary(p => p.Value, p => p.i, StringComparer.Ordinal);

    /// <summary>The coalition with this id and its classification; null when there is none.</summary>
    /// <param name="id">The case id.</param>
    public (Coalition Coalition, CaseClassification Classification)? Find(string id) =>
        index.TryGetValue(id, out int i) ? (Data.Coalitions[i], Data.Classifications[i]) : null;

    /// <summary>A short fingerprint of <see cref="Stamp"/> (16 hex digits of its SHA-256): the output cache keeps a page per version.</summary>
    public string Version { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Stamp)))[..16];

    /// <summary>Memoised per snapshot: charts and other costly derived values, built once and shared by every request until the case base changes.</summary>
    public SnapshotCache Cache { get; } = new();
}

/// <summary>Values derived from one snapshot, each computed once (thread-safe; the factory may race but one result is kept).</summary>
public sealed class SnapshotCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<object>> values = new(StringComparer.Ordinal);

    /// <summary>The value under <paramref name="key"/>, made by <paramref name="make"/> the first time.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="key">A key unique to what is made (e.g. <c>network-svg:iraq-2003</c>).</param>
    /// <param name="make">Makes the value.</param>
    public T Get<T>(string key, Func<T> make) where T : class =>
        (T)values.GetOrAdd(key, _ => new Lazy<object>(() => make(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
