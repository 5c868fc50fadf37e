using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Reports.Validation;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Reports.Tests.Validation;

public sealed class PaperValidationTests
{
    /// <summary>A case with a hard-security trigger that threatened its leader and almost nothing else: H and C cannot be measured.</summary>
    private const string Sparse = """
        id: sparse
        name: Sparse
        summary: Almost nothing is known.
        issue_area: { category: hard-security, sources: [s] }
        period: { start: 2004, sources: [s] }
        trigger: { kind: other, leader_directly_threatened: true, sources: [s] }
        institutions: { relation: none, sources: [s] }
        cooper: { placement: model-one, passage: "§2" }
        sources: [{ id: s, citation: A book, kind: academic }]
        actors: [{ id: USA, kind: state }]
        memberships:
          - { actor: USA, roles: [leader], sources: [s] }
        """;

    internal static Coalition SparseCase() =>
        CaseFileReader.Read("sparse.yaml", Sparse).Coalition ?? throw new InvalidOperationException("the test case does not load");

    /// <summary>The built-in case Willing places in model one, read by the paper as model two: it must disagree on every one of H, C, S, T.</summary>
    internal static Coalition Misread()
    {
        var data = Fixtures.BuiltIn;
        var one = data.Coalitions.Zip(data.Classifications).First(x => x.Second.Model == ModelKind.One).First;
        return one with { Cooper = new CooperReading(CooperPlacement.ModelTwo, "§2", "a test's misreading") };
    }

    [Fact]
    public void Of_BuiltIn_HasARowPerCaseWithAReading_InCaseBaseOrder()
    {
        var data = Fixtures.BuiltIn;

        Assert.Equal(data.Coalitions.Where(c => c.Cooper is not null).Select(c => c.Id), data.Validation.Rows.Select(r => r.Case));
        Assert.NotEmpty(data.Validation.Rows);
    }

    [Fact]
    public void Of_BuiltIn_CountsAgreeRowsAndRowsWithAnExpectation()
    {
        var v = Fixtures.BuiltIn.Validation;

        Assert.Equal(v.Rows.Count(r => r.Verdict == ValidationVerdict.Agree), v.Agreeing);
        Assert.Equal(v.Rows.Count(r => r.Reading.Placement != CooperPlacement.CounterCoalition), v.WithExpectation);
        Assert.All(v.Rows.Where(r => r.Expected is null), r => Assert.Equal(ValidationVerdict.NoExpectation, r.Verdict));
        Assert.All(v.Rows.Where(r => r.Verdict == ValidationVerdict.Agree), r => Assert.Empty(r.Findings));
        Assert.All(v.Rows.Where(r => r.Verdict is ValidationVerdict.Disagree or ValidationVerdict.Undetermined), r => Assert.NotEmpty(r.Findings));
    }

    [Fact]
    public void Of_DefaultColumn_LeavesTheReadingsOutWhateverTheReportCounts()
    {
        var plain = Fixtures.BuiltIn.Validation;
        var read = ReportData.Build(Fixtures.BuiltIn.Coalitions, Fixtures.BuiltIn.Codebook, withReadings: true).Validation;

        Assert.Equal(plain.Rows.Select(r => r.Willing.Cell), read.Rows.Select(r => r.Willing.Cell));
        Assert.Equal(plain.Rows.Select(r => r.WithReadings.Cell), read.Rows.Select(r => r.WithReadings.Cell));
        var engine = new TypologyEngine(Fixtures.BuiltIn.Codebook, withReadings: true);
        Assert.All(plain.Rows, r => Assert.Equal(engine.Classify(Fixtures.BuiltIn.Coalition(r.Case)).Cell, r.WithReadings.Cell));
    }

    [Fact]
    public void Of_ModelOneCaseReadAsModelTwo_DisagreesOnEveryAxis_DownToAnIndicator()
    {
        var row = PaperValidation.Of([Misread()], Fixtures.BuiltIn.Codebook).Rows.Single();

        Assert.Equal(ValidationVerdict.Disagree, row.Verdict);
        Assert.Equal([.. Typology.AxisInfo.Core], row.Findings.Select(f => f.Axis));
        Assert.All(row.Findings, f =>
        {
            Assert.False(f.Expected);
            Assert.NotEmpty(f.Deciding);
            Assert.Contains(f.Deciding.SelectMany(d => d.Indicators), i => i.HasData);
        });
    }

    [Fact]
    public void Of_CaseWithoutDataOnTwoAxes_IsUndetermined_AndSaysWhichDimensionsHadNoData()
    {
        var row = PaperValidation.Of([SparseCase()], CodebookReader.BuiltIn()).Rows.Single();

        Assert.Equal(ValidationVerdict.Undetermined, row.Verdict);
        Assert.Equal(ModelKind.Undetermined, row.Willing.Model);
        Assert.Contains(row.Findings, f => f.Axis == Typology.Axis.Organization);
        Assert.All(row.Findings, f =>
        {
            Assert.True(f.Undetermined);
            Assert.Empty(f.Deciding);
            Assert.NotEmpty(f.Missing);
            Assert.All(f.Missing.SelectMany(m => m.Indicators), i => Assert.False(string.IsNullOrEmpty(i.MissingReason)));
        });
    }
}
