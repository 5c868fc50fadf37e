using Willing.Simulation.Randomness;

namespace Willing.Simulation.Tests;

public class SimulationRandomTests
{
    [Fact]
    public void SplitMix64_FromZero_GivesReferenceOutputs()
    {
        // Vigna's splitmix64.c from state 0.
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Next(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, SplitMix64.Next(ref state));
        Assert.Equal(0x06C45D188009454FUL, SplitMix64.Next(ref state));
    }

    [Fact]
    public void Xoshiro256StarStar_FromState1234_GivesReferenceOutputs()
    {
        // The reference xoshiro256starstar.c from s = {1, 2, 3, 4} (the test vector of the rand_xoshiro crate).
        var r = SimulationRandom.FromState(1, 2, 3, 4);
        ulong[] expected = [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600];
        Assert.Equal(expected, expected.Select(_ => r.NextUInt64()));
    }

    [Fact]
    public void Constructor_Seed42_IsSeededThroughSplitMix64()
    {
        // Computed independently (Python) from the stated seeding: state = four SplitMix64 outputs from 42.
        var r = new SimulationRandom(42);
        Assert.Equal(1546998764402558742UL, r.NextUInt64());
        Assert.Equal(6990951692964543102UL, r.NextUInt64());
        Assert.Equal(12544586762248559009UL, r.NextUInt64());
    }

    [Fact]
    public void RunSeeds_Derive_MatchesTheStatedRule()
    {
        // Computed independently (Python) from the rule in RunSeeds' remarks.
        Assert.Equal(449103355366260047L, RunSeeds.Derive(7, 0));
        Assert.Equal(5573481420429128725L, RunSeeds.Derive(7, 1));
        Assert.Equal(1030865485958021921L, RunSeeds.Derive(-1, 5));
    }

    [Fact]
    public void RunSeeds_Derive_IsNonNegativeAndDistinct()
    {
        var seeds = Enumerable.Range(0, 10_000).Select(i => RunSeeds.Derive(1, i)).ToList();
        Assert.All(seeds, s => Assert.True(s >= 0));
        Assert.Equal(seeds.Count, seeds.Distinct().Count());
        Assert.DoesNotContain(RunSeeds.Derive(2, 0), seeds);
    }

    [Fact]
    public void NextInt_SmallRange_IsUniform()
    {
        var r = new SimulationRandom(3);
        var counts = new int[6];
        for (int i = 0; i < 60_000; i++)
            counts[r.NextInt(6)]++;
        // Each count is Binomial(60000, 1/6): sd ≈ 91; 5 sd.
        Assert.All(counts, c => Assert.InRange(c, 10_000 - 460, 10_000 + 460));
    }

    [Fact]
    public void NextDouble_IsInUnitInterval_WithMeanOneHalf()
    {
        var r = new SimulationRandom(5);
        double sum = 0;
        for (int i = 0; i < 100_000; i++)
        {
            double x = r.NextDouble();
            Assert.InRange(x, 0, 1 - double.Epsilon);
            sum += x;
        }

        // sd of the mean: sqrt(1/12 / 1e5) ≈ 0.00091; 5 sd.
        Assert.InRange(sum / 100_000, 0.5 - 0.0046, 0.5 + 0.0046);
    }

    [Fact]
    public void NextNormal_HasTheGivenMeanAndDeviation()
    {
        var r = new SimulationRandom(9);
        var xs = Enumerable.Range(0, 100_000).Select(_ => r.NextNormal(0.25, 0.1)).ToArray();
        double mean = xs.Average(), sd = Math.Sqrt(xs.Select(x => (x - mean) * (x - mean)).Sum() / (xs.Length - 1));
        Assert.InRange(mean, 0.25 - 0.0016, 0.25 + 0.0016);   // 5 sd of the mean
        Assert.InRange(sd, 0.1 - 0.0012, 0.1 + 0.0012);       // 5 sd of the sd (≈ 0.1 / sqrt(2n))
    }

    [Fact]
    public void Shuffle_GivesAPermutation_ReproducibleBySeed()
    {
        int[] a = [.. Enumerable.Range(0, 50)], b = [.. Enumerable.Range(0, 50)];
        new SimulationRandom(1).Shuffle(a.AsSpan());
        new SimulationRandom(1).Shuffle(b.AsSpan());
        Assert.Equal(a, b);
        Assert.Equal(Enumerable.Range(0, 50), a.Order());
        Assert.NotEqual(Enumerable.Range(0, 50), a);
    }

    [Fact]
    public void Sample_GivesDistinctIndicesInRange()
    {
        var drawn = new int[10];
        new SimulationRandom(4).Sample(12, drawn);
        Assert.Equal(10, drawn.Distinct().Count());
        Assert.All(drawn, d => Assert.InRange(d, 0, 11));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationRandom(4).Sample(3, new int[4]));
    }
}
