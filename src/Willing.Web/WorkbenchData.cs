using System.Collections.Frozen;
using System.Text;
using Willing.Reports;
using Willing.Storage;
using Willing.Typology.Codebook;

namespace Willing.Web;

/// <summary>
/// The current <see cref="WorkbenchSnapshot"/> of a store. Reads take the snapshot as it is; it is
/// rebuilt, once for all waiting requests, when the store's cases or revisions have changed — after a
/// write through this process at once (<see cref="Invalidate"/>), after another process's write (a
/// team sharing one PostgreSQL database) within <see cref="RecheckInterval"/>.
/// </summary>
/// <param name="store">The store.</param>
/// <param name="codebook">The codebook that classifies the cases.</param>
/// <param name="clock">The clock of the re-check interval.</param>
public sealed class WorkbenchData(CaseStore store, TypologyCodebook codebook, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim rebuild = new(1, 1);
    private volatile WorkbenchSnapshot? current;
    private long checkedAt = long.MinValue;

    /// <summary>How long a snapshot is served before the store is asked again whether it changed.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>The store the snapshots come from.</summary>
    public CaseStore Store => store;

    /// <summary>The codebook the cases are classified under.</summary>
    public TypologyCodebook Codebook => codebook;

    /// <summary>The snapshot of the store as it is now (within <see cref="RecheckInterval"/> for other processes' writes).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<WorkbenchSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = current;
        long now = clock.GetTimestamp();
        if (snapshot is not null && Fresh(Interlocked.Read(ref checkedAt), now))
            return snapshot;

        await rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            snapshot = current;
            if (snapshot is not null && Fresh(Interlocked.Read(ref checkedAt), clock.GetTimestamp()))
                return snapshot;
            var cases = await store.ListCasesAsync(cancellationToken).ConfigureAwait(false);
            string stamp = Stamp(cases);
            if (snapshot is null || snapshot.Stamp != stamp)
                current = snapshot = await BuildAsync(stamp, cases, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref checkedAt, clock.GetTimestamp());
            return snapshot;
        }
        finally
        {
            rebuild.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => rebuild.Dispose();

    /// <summary>Makes the next read ask the store again (called after every write through this process).</summary>
    public void Invalidate() => Interlocked.Exchange(ref checkedAt, long.MinValue);

    /// <summary>Whether a snapshot checked at <paramref name="checkedTime"/> may still be served; never after <see cref="Invalidate"/> (whose mark, <see cref="long.MinValue"/>, would overflow the elapsed time into a negative one).</summary>
    private bool Fresh(long checkedTime, long now) => checkedTime != long.MinValue && clock.GetElapsedTime(checkedTime, now) < RecheckInterval;

    private async Task<WorkbenchSnapshot> BuildAsync(string stamp, IReadOnlyList<CaseSummary> cases, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadCaseBaseAsync(cancellationToken).ConfigureAwait(false);
        var coalitions = loaded.CaseBase?.Coalitions ?? [];
        var data = await Task.Run(() => ReportData.Build(coalitions, codebook, withReadings: false, withSimulations: false), cancellationToken).ConfigureAwait(false);
        return new WorkbenchSnapshot(stamp, data, cases.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal), [.. loaded.Errors]);
    }

    private static string Stamp(IReadOnlyList<CaseSummary> cases)
    {
        var text = new StringBuilder();
        foreach (var c in cases)
            text.Append(c.Id).Append('@').Append(c.Revision).Append(';');
        return text.ToString();
    }
}
