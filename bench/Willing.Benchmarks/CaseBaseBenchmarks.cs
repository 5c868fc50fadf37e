using BenchmarkDotNet.Attributes;
using Willing.Core.Reading;

namespace Willing.Benchmarks;

/// <summary>Reading and validating the built-in case base (thirteen files, about 12,800 lines of YAML), whole and by its largest file.</summary>
/// <remarks>
/// The files are read in parallel, so <see cref="LoadBuiltIn"/> is bounded below by the largest
/// file (<see cref="ReadLargestFile"/>, iraq-2003, two fifths of the bytes). These are steady-state
/// times; the start-up of a whole process (compiling, loading) is measured by <c>bench/startup.sh</c>.
/// </remarks>
[MemoryDiagnoser]
public class CaseBaseBenchmarks
{
    private byte[] _largest = [];

    [GlobalSetup]
    public void Setup()
    {
        var assembly = typeof(CaseBase).Assembly;
        using var stream = assembly.GetManifestResourceStream("Willing.Cases.iraq-2003.yaml")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        _largest = memory.ToArray();
    }

    [Benchmark]
    public int LoadBuiltIn() => CaseBase.LoadBuiltIn().CaseBase!.Coalitions.Length;

    [Benchmark]
    public int ReadLargestFile() => CaseFileReader.Read("data/cases/iraq-2003.yaml", _largest).Coalition!.Memberships.Length;
}
