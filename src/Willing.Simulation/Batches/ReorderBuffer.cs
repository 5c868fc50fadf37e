namespace Willing.Simulation.Batches;

/// <summary>
/// Hands out run indices in order to parallel workers and gives their results back in index order, holding at most
/// <see cref="Capacity"/> runs at once (started or finished, not yet taken).
/// </summary>
/// <remarks>
/// A worker may start run i only when i &lt; taken + capacity, where taken is the number of results the writer has
/// taken; so the results waiting in memory never exceed the capacity however uneven the runs' lengths, and the
/// writer sees them in index order whatever the number of threads. A worker that finds the window full waits.
/// </remarks>
internal sealed class ReorderBuffer<T> : IDisposable where T : class
{
    private readonly object _gate = new();
    private readonly T?[] _slots;
    private readonly SemaphoreSlim _free;
    private readonly SemaphoreSlim _ready = new(0);
    private readonly long _end;
    private long _nextReserve;
    private long _nextTake;
    private (long Run, Exception Error)? _failure;

    public ReorderBuffer(long first, long count, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _slots = new T?[capacity];
        _free = new SemaphoreSlim(capacity, capacity);
        _nextReserve = _nextTake = first;
        _end = first + count;
    }

    public int Capacity { get; }

    /// <summary>The most runs held at once (reserved and not yet taken) so far.</summary>
    public int PeakOccupancy { get; private set; }

    /// <summary>Reserves the next run to compute, waiting while the window is full; false when no runs are left or the batch has failed.</summary>
    public bool TryReserve(out long run, CancellationToken cancellationToken)
    {
        _free.Wait(cancellationToken);
        lock (_gate)
        {
            if (_nextReserve >= _end || _failure is not null)
            {
                _free.Release();
                run = -1;
                return false;
            }

            run = _nextReserve++;
            PeakOccupancy = Math.Max(PeakOccupancy, (int)(_nextReserve - _nextTake));
            return true;
        }
    }

    /// <summary>Stores the result of a reserved run.</summary>
    public void Complete(long run, T result)
    {
        bool next;
        lock (_gate)
        {
            _slots[run % Capacity] = result;
            next = run == _nextTake;
        }

        // The writer waits only for the next run in order; waking it for any other would be a wasted switch.
        if (next)
            _ready.Release();
    }

    /// <summary>Records that a reserved run failed: the writer's next take throws.</summary>
    public void Fail(long run, Exception error)
    {
        lock (_gate)
        {
            if (_failure is null || run < _failure.Value.Run)
                _failure = (run, error);
        }

        _ready.Release();
    }

    /// <summary>Waits for the result of the next run in order and takes it, freeing its place in the window.</summary>
    /// <exception cref="SimulationRunException">A run failed.</exception>
    public async ValueTask<T> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_failure is { } f)
                    throw f.Error is SimulationRunException ? f.Error : new SimulationRunException(f.Run, f.Error);
                int slot = (int)(_nextTake % Capacity);
                if (_slots[slot] is { } result)
                {
                    _slots[slot] = null;
                    _nextTake++;
                    _free.Release();
                    return result;
                }
            }

            await _ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _free.Dispose();
        _ready.Dispose();
    }
}
