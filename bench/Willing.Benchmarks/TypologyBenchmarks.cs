using BenchmarkDotNet.Attributes;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Typology.Analysis;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Benchmarks;

/// <summary>Classifying the case base, from the files or from the loaded cases, and the robustness check that re-scores it under perturbed codebooks.</summary>
[MemoryDiagnoser]
public class TypologyBenchmarks
{
    private IReadOnlyList<Coalition> _cases = [];
    private TypologyCodebook _codebook = null!;
    private TypologyEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cases = CaseBase.LoadBuiltIn().CaseBase!.Coalitions;
        _codebook = CodebookReader.BuiltIn();
        _engine = new TypologyEngine(_codebook);
    }

    [Benchmark]
    public int ClassifyAll() => _engine.ClassifyAll(_cases).Length;

    /// <summary>What <c>willing classify --all</c> does once started: read the codebook and the case base, then classify.</summary>
    [Benchmark]
    public int ClassifyAllFromTheFiles() =>
        new TypologyEngine(CodebookReader.BuiltIn()).ClassifyAll(CaseBase.LoadBuiltIn().CaseBase!.Coalitions).Length;

    [Benchmark]
    public int ReadCodebook() => CodebookReader.BuiltIn().Indicators.Length;

    [Benchmark]
    [Arguments(1)]
    [Arguments(2)]
    public int Robustness1000Draws(int threads) =>
        RobustnessCheck.Run(_cases, _codebook, new RobustnessOptions(1000, 0.1, 0.0, 2005, threads)).Cases.Length;
}
