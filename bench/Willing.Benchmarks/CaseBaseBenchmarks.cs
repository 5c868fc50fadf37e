using BenchmarkDotNet.Attributes;
using Willing.Core.Reading;

namespace Willing.Benchmarks;

/// <summary>Reading and validating the built-in case base (twelve files, about 9,000 lines of YAML).</summary>
[MemoryDiagnoser]
public class CaseBaseBenchmarks
{
    [Benchmark]
    public int LoadBuiltIn() => CaseBase.LoadBuiltIn().CaseBase!.Coalitions.Length;
}
