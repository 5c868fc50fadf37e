using Willing.Simulation.Batches;

namespace Willing.Simulation.Tests;

public class ReorderBufferTests
{
    [Fact]
    public async Task TryReserve_WindowFull_WaitsUntilTheWriterTakes()
    {
        using var buffer = new ReorderBuffer<string>(100, 10, 3);
        Assert.True(buffer.TryReserve(out long a, CancellationToken.None));
        Assert.True(buffer.TryReserve(out long b, CancellationToken.None));
        Assert.True(buffer.TryReserve(out long c, CancellationToken.None));
        Assert.Equal((100L, 101L, 102L), (a, b, c));
        var fourth = Task.Run(() => buffer.TryReserve(out long d, CancellationToken.None) ? d : -1);
        await Task.Delay(100);
        Assert.False(fourth.IsCompleted);

        buffer.Complete(102, "c");
        buffer.Complete(101, "b");
        await Task.Delay(50);
        Assert.False(fourth.IsCompleted);
        buffer.Complete(100, "a");
        Assert.Equal("a", await buffer.TakeAsync(CancellationToken.None));
        Assert.Equal(103, await fourth.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("b", await buffer.TakeAsync(CancellationToken.None));
        Assert.Equal("c", await buffer.TakeAsync(CancellationToken.None));
        Assert.Equal(3, buffer.PeakOccupancy);
    }

    [Fact]
    public async Task TakeAsync_AfterAFailure_Throws()
    {
        using var buffer = new ReorderBuffer<string>(0, 5, 2);
        Assert.True(buffer.TryReserve(out _, CancellationToken.None));
        buffer.Fail(0, new InvalidOperationException("boom"));
        var e = await Assert.ThrowsAsync<SimulationRunException>(async () => await buffer.TakeAsync(CancellationToken.None));
        Assert.Equal(0, e.Run);
        Assert.False(buffer.TryReserve(out _, CancellationToken.None));
    }

    [Fact]
    public void TryReserve_AllRunsHandedOut_ReturnsFalse()
    {
        using var buffer = new ReorderBuffer<string>(0, 1, 4);
        Assert.True(buffer.TryReserve(out _, CancellationToken.None));
        Assert.False(buffer.TryReserve(out _, CancellationToken.None));
    }
}
