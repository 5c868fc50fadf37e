using System.Collections.Immutable;
using CsCheck;
using Willing.Qca.Calibration;
using Willing.Qca.Data;
using Willing.Qca.Fit;

namespace Willing.Qca.Tests;

public sealed class ParametersOfFitTests
{
    private const double Precision = 1e-6;

    /// <summary>The crisp Lipset data LC: the raw data calibrated as qca-reference.md states it.</summary>
    internal static QcaData Crisp => Calibrator.Apply(Lipset.Raw, CalibrationSpec.ParseAll(
        ["DEV=crisp:550", "URB=crisp:50", "LIT=crisp:75", "IND=crisp:30", "STB=crisp:<10", "SURV=crisp:>0"]).Specs);

    private static void Near(double expected, double? actual) =>
        Assert.True(actual is { } a && Math.Abs(expected - a) < Precision, $"expected {expected}, got {actual}");

    [Fact]
    public void Sufficiency_DevOnFuzzyLipset_MatchesRsQca()
    {
        var fit = ParametersOfFit.Sufficiency(Lipset.Fuzzy, "DEV", "SURV");

        Near(0.774617, fit.InclS);
        Near(0.743142, fit.PRI);
        Near(0.830986, fit.CovS);
        Assert.Equal(10, fit.N); // DEV > 0.5: AU BE CZ FI FR DE IE NL SE UK
    }

    [Fact]
    public void Necessity_DevOnFuzzyLipset_MatchesRsQca()
    {
        var fit = ParametersOfFit.Necessity(Lipset.Fuzzy, "DEV", "SURV");

        Near(0.830986, fit.InclN);
        Near(0.811355, fit.RoN);
        Near(0.774617, fit.CovN);
        Assert.Equal(18, fit.Cases);
    }

    [Fact]
    public void Sufficiency_ConservativeLipsetSolution_HandCheckedUniqueCoverage()
    {
        // Crisp Lipset: SURV in BE CZ FI FR IE NL SE UK (8). DEV*~URB*LIT*STB covers FI IE FR SE (4),
        // DEV*LIT*IND*STB covers BE CZ NL UK FR SE (6), together all 8, none without SURV.
        // covU(first) = 8/8 − 6/8 = 0.25; covU(second) = 8/8 − 4/8 = 0.5.
        var fit = ParametersOfFit.Sufficiency(Crisp, "DEV*~URB*LIT*STB + DEV*LIT*IND*STB", "SURV");

        Assert.Equal(1, fit.InclS);
        Assert.Equal(1, fit.PRI);
        Assert.Equal(1, fit.CovS);
        Assert.Equal(8, fit.N);
        Assert.Equal(["DEV*~URB*LIT*STB", "DEV*LIT*IND*STB"], fit.Terms.Select(t => t.Expression));
        Assert.Equal([0.5, 0.75], fit.Terms.Select(t => t.CovS!.Value));
        Assert.Equal([0.25, 0.5], fit.Terms.Select(t => t.CovU!.Value));
        Assert.Equal([4, 6], fit.Terms.Select(t => t.N));
    }

    [Fact]
    public void Sufficiency_TwoFuzzyTerms_HandCheckedValues()
    {
        // A = .8 .2 .6 .1, B = .3 .9 .6 .2, Y = .7 .8 .4 .3; ΣY = 2.2.
        // A+B = .8 .9 .6 .2 (Σ 2.5); min(A+B, Y) = .7 .8 .4 .2 (Σ 2.1); min(A+B, Y, 1−Y) = .3 .2 .4 .2 (Σ 1.1).
        // min(A,Y) = .7 .2 .4 .1 (Σ 1.4, ΣA 1.7); min(B,Y) = .3 .8 .4 .2 (Σ 1.7, ΣB 2.0).
        var data = QcaData.Create(["a", "b", "c", "d"], [Col("A", .8, .2, .6, .1), Col("B", .3, .9, .6, .2), Col("Y", .7, .8, .4, .3)]);

        var fit = ParametersOfFit.Sufficiency(data, "A + B", "Y");

        Near(2.1 / 2.5, fit.InclS);
        Near(1.0 / 1.4, fit.PRI);
        Near(2.1 / 2.2, fit.CovS);
        Assert.Equal(3, fit.N);
        Near(1.4 / 1.7, fit.Terms[0].InclS);
        Near(1.4 / 2.2, fit.Terms[0].CovS);
        Near(0.4 / 2.2, fit.Terms[0].CovU);
        Near(1.7 / 2.0, fit.Terms[1].InclS);
        Near(1.7 / 2.2, fit.Terms[1].CovS);
        Near(0.7 / 2.2, fit.Terms[1].CovU);
        Assert.Equal([2, 2], fit.Terms.Select(t => t.N));
    }

    [Fact]
    public void Sufficiency_OneTerm_UniqueCoverageIsRawCoverage_AndOuterParenthesesAreOneSum()
    {
        var one = ParametersOfFit.Sufficiency(Crisp, "DEV*STB", "SURV");
        var wrapped = ParametersOfFit.Sufficiency(Crisp, "(DEV*~URB*LIT*STB + DEV*LIT*IND*STB)", "SURV");

        Assert.Equal(one.CovS, Assert.Single(one.Terms).CovU);
        Assert.Equal(2, wrapped.Terms.Length);
    }

    [Fact]
    public void Sufficiency_NegatedOutcome_IsTheFitForTheComplement()
    {
        var fit = ParametersOfFit.Sufficiency(Crisp, "~DEV", "~SURV");

        // ~DEV: EE GR HU IT PL PT RO ES (8), none survived.
        Assert.Equal(1, fit.InclS);
        Assert.Equal("~SURV", fit.Outcome);
        Assert.Equal(0.8, fit.CovS!.Value, 12); // 8 of the 10 breakdowns
    }

    [Fact]
    public void Sufficiency_MissingValues_LeaveTheCaseOutAndNameIt()
    {
        var data = QcaData.Create(["a", "b", "c"], [Col("X", 1, double.NaN, 0), Col("Y", 1, 1, double.NaN), Col("Z", 0, 0, 0)]);

        var fit = ParametersOfFit.Sufficiency(data, "X", "Y");

        Assert.Equal(1, fit.Cases);
        Assert.Equal(["b", "c"], fit.Excluded.AsEnumerable());
        Assert.Equal(1, fit.InclS);
        Assert.Null(ParametersOfFit.Sufficiency(data, "Z", "Y").InclS); // ΣZ = 0: undefined, not NaN
    }

    [Fact]
    public void Parse_UnknownColumn_IsLocatedWithTheNearestName()
    {
        var ex = Assert.Throws<QcaException>(() => ParametersOfFit.Sufficiency(Lipset.Fuzzy, "DEV*~URV + LIT", "SURV"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("URV", error.Column);
        Assert.Equal(6, error.Position);
        Assert.Equal("DEV*~URV + LIT", error.Text);
        Assert.StartsWith("the data have no column 'URV' (did you mean 'URB'? names are exact)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxError_IsLocated()
    {
        var ex = Assert.Throws<QcaException>(() => ParametersOfFit.Necessity(Lipset.Fuzzy, "DEV*(URB + ", "SURV"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(12, error.Position);
        Assert.Equal("not an expression: expected a set name, '~' or '(' (at character 12 of 'DEV*(URB + ')", error.ToString());
    }

    [Fact]
    public void Evaluate_UncalibratedColumn_SaysToCalibrate()
    {
        var ex = Assert.Throws<QcaException>(() => ParametersOfFit.Sufficiency(Lipset.Raw, "DEV", "SURV"));

        Assert.Equal("DEV", ex.Errors[0].Column);
        Assert.Contains("holds 720 for case 'AU', not a set membership in [0, 1]: calibrate it first", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    private static readonly Gen<double[]> Memberships = Gen.Double[0, 1].Array[1, 30];

    [Fact]
    public void InclS_IsOne_WhenXIsPointwiseBelowY()
    {
        Gen.Select(Memberships, Gen.Double[0, 1]).Sample((y, shrink) =>
        {
            var x = y.Select(v => v * shrink).ToArray();
            var fit = ParametersOfFit.Sufficiency(Table(("X", x), ("Y", y)), "X", "Y");
            Assert.True(fit.InclS is null || Math.Abs(fit.InclS.Value - 1) < 1e-12, $"inclS {fit.InclS}");
        });
    }

    [Fact]
    public void UniqueCoverages_AreNonNegative_AndNeverSumAboveTheSolutionsCoverage()
    {
        Gen.Int[1, 20].SelectMany(n => Gen.Select(Gen.Double[0, 1].Array[n], Gen.Double[0, 1].Array[n], Gen.Double[0, 1].Array[n], Gen.Double[0.01, 1].Array[n]))
            .Sample((a, b, c, y) =>
            {
                var fit = ParametersOfFit.Sufficiency(Table(("A", a), ("B", b), ("C", c), ("Y", y)), "A + B*~C + C", "Y");
                Assert.All(fit.Terms, t => Assert.True(t.CovU >= -1e-12, $"covU {t.CovU}"));
                Assert.True(fit.Terms.Sum(t => t.CovU!.Value) <= fit.CovS!.Value + 1e-12);
                Assert.All(fit.Terms, t => Assert.True(t.CovU <= t.CovS + 1e-12));
            });
    }

    [Fact]
    public void PRI_NeverExceedsInclS()
    {
        Gen.Int[1, 30].SelectMany(n => Gen.Select(Gen.Double[0, 1].Array[n], Gen.Double[0, 1].Array[n])).Sample((x, y) =>
        {
            var fit = ParametersOfFit.Sufficiency(Table(("X", x), ("Y", y)), "X", "Y");
            if (fit.PRI is { } pri && fit.InclS is { } incl)
                Assert.True(pri <= incl + 1e-12, $"PRI {pri} > inclS {incl}");
        });
    }

    internal static QcaColumn Col(string name, params double[] values) => new(name, [.. values]);

    internal static QcaData Table(params (string Name, double[] Values)[] columns) =>
        QcaData.Create(Enumerable.Range(0, columns[0].Values.Length).Select(i => $"c{i}"), columns.Select(c => new QcaColumn(c.Name, ImmutableArray.Create(c.Values))));
}
