using CsCheck;
using Willing.Qca.Data;
using Willing.Qca.TruthTables;
using Willing.Typology.Sets;

namespace Willing.Qca.Tests;

public sealed class TruthTableTests
{
    // qca-reference.md: the crisp truth table of LC, outcome SURV (observed rows): DEV URB LIT IND STB, OUT, n, cases.
    public static TheoryData<string, string, int, string> CrispLipsetRows => new()
    {
        { "11111", "1", 4, "BE,CZ,NL,UK" },
        { "10101", "1", 2, "FI,IE" },
        { "10111", "1", 2, "FR,SE" },
        { "00000", "0", 3, "GR,PT,ES" },
        { "00001", "0", 2, "IT,RO" },
        { "00100", "0", 2, "HU,PL" },
        { "00101", "0", 1, "EE" },
        { "10110", "0", 1, "AU" },
        { "11110", "0", 1, "DE" },
    };

    private static TruthTable CrispLipset(TruthTableOptions? options = null) =>
        TruthTable.Build(ParametersOfFitTests.Crisp, "SURV", Lipset.Conditions, options);

    [Fact]
    public void Build_CrispLipset_HasExactlyTheReferenceRows()
    {
        var table = CrispLipset();

        var actual = table.Rows.Select(r => (string.Concat(r.Values), TruthTableOutputConverter.Symbol(r.Out), r.N, string.Join(",", r.Cases))).OrderBy(r => r.Item1, StringComparer.Ordinal);
        var expected = CrispLipsetRows.Select(r => ((string)r[0], (string)r[1], (int)r[2], (string)r[3])).OrderBy(r => r.Item1, StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        Assert.Equal(18, table.CaseCount);
        Assert.Equal(32 - 9, table.RemainderCount);
        Assert.Empty(table.AtCrossover);
    }

    [Theory]
    [MemberData(nameof(CrispLipsetRows))]
    public void Build_CrispLipset_RowCodesAndNumbersFollowTheConditionOrder(string values, string output, int n, string cases)
    {
        var table = CrispLipset();
        long code = values.Select((v, i) => v == '1' ? 1L << i : 0).Sum();
        long number = 1 + Convert.ToInt64(values, 2); // R's row number: the first condition is the highest digit

        var row = table.Row(code)!;

        Assert.Equal(number, row.Number);
        Assert.Equal(n, row.N);
        Assert.Equal(cases.Split(','), row.Cases.AsEnumerable());
        Assert.Equal(output == "1", table.PositiveCodes.Contains(code));
        Assert.Equal(output == "0", table.NegativeCodes.Contains(code));
        Assert.Equal(row.Out == TruthTableOutput.Positive ? 1 : 0, row.Incl);
        Assert.Empty(row.Deviant);
        Assert.False(row.BothOutcomes);
    }

    [Fact]
    public void Build_CrispLipset_RowsAreInRsOrder_AndRemaindersAreTheOtherCodes()
    {
        var table = CrispLipset();

        Assert.Equal(table.Rows.Select(r => r.Number).Order(), table.Rows.Select(r => r.Number));
        var remainders = table.RemainderCodes().ToList();
        Assert.Equal(23, remainders.Count);
        Assert.Empty(remainders.Intersect(table.Rows.Select(r => r.Code)));
        Assert.Equal("DEV*~URB*LIT*~IND*STB", table.Configuration(0b10101));
        Assert.Equal([1, 0, 1, 0, 1], table.ValuesOf(0b10101).AsEnumerable());
    }

    // Row inclusions and PRI of the fuzzy Lipset table, computed independently from the formula
    // Σmin(row, SURV)/Σrow over all 18 cases (row = min of x or 1 − x over the five conditions).
    [Theory]
    [InlineData("00000", "GR,PT,ES", 0.215976, 0.0)]
    [InlineData("00001", "IT,RO", 0.278027, 0.0)]
    [InlineData("00100", "HU,PL", 0.520900, 0.113095)]
    [InlineData("00101", "EE", 0.528571, 0.228070)]
    [InlineData("10101", "FI,IE", 0.804270, 0.719388)]
    [InlineData("10110", "AU", 0.378205, 0.039604)]
    [InlineData("10111", "FR,SE", 0.708772, 0.634361)]
    [InlineData("11110", "DE", 0.445255, 0.050000)]
    [InlineData("11111", "BE,CZ,NL,UK", 0.904206, 0.885794)]
    public void Build_FuzzyLipset_RowInclusionsMatchAnIndependentComputation(string values, string cases, double incl, double pri)
    {
        var table = TruthTable.Build(Lipset.Fuzzy, "SURV", Lipset.Conditions, new TruthTableOptions { InclCut = 0.8 });
        long code = values.Select((v, i) => v == '1' ? 1L << i : 0).Sum();

        var row = table.Row(code)!;

        Assert.Equal(cases.Split(','), row.Cases.AsEnumerable());
        Assert.Equal(incl, row.Incl!.Value, 6);
        Assert.Equal(pri, row.PRI!.Value, 6);
        Assert.Equal(incl >= 0.8 ? TruthTableOutput.Positive : TruthTableOutput.Negative, row.Out);
        Assert.Equal(HandInclusion(Lipset.Fuzzy, code), row.Incl.Value, 12);
        Assert.Equal(9, table.Rows.Length);
    }

    // The same inclusion by a loop written from the formula, with no code of the truth table.
    private static double HandInclusion(QcaData data, long code)
    {
        double sumRow = 0, sumMin = 0;
        for (int j = 0; j < data.CaseCount; j++)
        {
            double row = 1;
            for (int i = 0; i < Lipset.Conditions.Length; i++)
            {
                double x = data.Column(Lipset.Conditions[i]).Values[j];
                row = Math.Min(row, ((code >> i) & 1) == 1 ? x : 1 - x);
            }

            sumRow += row;
            sumMin += Math.Min(row, data.Column("SURV").Values[j]);
        }

        return sumMin / sumRow;
    }

    [Fact]
    public void Build_FuzzyLipset_DeviantCasesAreThoseAgainstTheOutput()
    {
        var table = TruthTable.Build(Lipset.Fuzzy, "SURV", Lipset.Conditions, new TruthTableOptions { InclCut = 0.8 });

        // FR,SE (0.709) is a 0 row, but both survived: deviant for a negative row.
        Assert.Equal(["FR", "SE"], table.Row(0b11101)!.Deviant.AsEnumerable());
        Assert.Empty(table.Row(0b10101)!.Deviant); // FI 0.77, IE 0.92 with OUT 1
        Assert.Equal([0b10101L, 0b11111L], table.PositiveCodes.AsEnumerable());
    }

    [Fact]
    public void Build_TwoInclusionCuts_MarkTheRowsBetweenAsContradictions()
    {
        var table = TruthTable.Build(Lipset.Fuzzy, "SURV", Lipset.Conditions, new TruthTableOptions { InclCut = 0.8, InclCut0 = 0.7 });

        Assert.Equal([0b11101L], table.ContradictoryCodes.AsEnumerable()); // FR,SE at 0.709
        Assert.Equal(TruthTableOutput.Contradiction, table.Row(0b11101)!.Out);
        Assert.Empty(table.Row(0b11101)!.Deviant); // both have SURV > 0.5
        Assert.Equal(32 - 9, table.RemainderCount);
    }

    [Fact]
    public void Build_FrequencyAndPriCuts_AsInQca()
    {
        var byN = CrispLipset(new TruthTableOptions { NCut = 2 });
        var byPri = TruthTable.Build(Lipset.Fuzzy, "SURV", Lipset.Conditions, new TruthTableOptions { InclCut = 0.8, PriCut = 0.8 });

        Assert.Equal(TruthTableOutput.Remainder, byN.Row(0b10100)!.Out); // EE alone
        Assert.Equal(32 - 6, byN.RemainderCount);
        Assert.Contains(0b10100L, byN.RemainderCodes());
        Assert.Equal([0b11111L], byPri.PositiveCodes.AsEnumerable()); // FI,IE have incl 0.804 but PRI 0.719
        Assert.Equal(TruthTableOutput.Negative, byPri.Row(0b10101)!.Out);
    }

    [Fact]
    public void Build_CrispContradiction_ListsBothOutcomes()
    {
        var data = ParametersOfFitTests.Table(("A", [1, 1, 1, 0]), ("Y", [1, 1, 0, 0]));

        var table = TruthTable.Build(data, "Y", ["A"]);

        var row = table.Row(1)!;
        Assert.True(row.BothOutcomes);
        Assert.Equal(TruthTableOutput.Negative, row.Out); // 2/3 < incl.cut 1
        Assert.Equal(["c0", "c1"], row.Deviant.AsEnumerable());
        Assert.Equal(2.0 / 3, row.Incl!.Value, 12);
    }

    [Fact]
    public void Build_CaseAtExactlyOneHalf_BelongsToNoRowAndIsReported()
    {
        var data = ParametersOfFitTests.Table(("A", [0.5, 0.8, 0.2]), ("B", [0.9, 0.5, 0.1]), ("Y", [1, 1, 0]));

        var table = TruthTable.Build(data, "Y", ["A", "B"]);

        Assert.Equal(["c2"], table.Rows.SelectMany(r => r.Cases));
        Assert.Equal(["c0:A", "c1:B"], table.AtCrossover.Select(c => $"{c.Case}:{string.Join(",", c.Conditions)}"));
    }

    [Fact]
    public void Build_NegatedOutcome_UsesOneMinusY()
    {
        var table = TruthTable.Build(ParametersOfFitTests.Crisp, "~SURV", Lipset.Conditions);

        Assert.Equal("~SURV", table.Outcome);
        Assert.Equal(CrispLipset().NegativeCodes.AsEnumerable(), table.PositiveCodes.AsEnumerable());
    }

    [Fact]
    public void Build_TwentyConditions_CountsRemaindersWithoutListingThem()
    {
        var columns = Enumerable.Range(0, 20).Select(i => ($"C{i}", new[] { i % 2 == 0 ? 1.0 : 0, 0, 1 })).Append(("Y", new[] { 1.0, 0, 1 })).ToArray();

        var table = TruthTable.Build(ParametersOfFitTests.Table(columns), "Y", [.. Enumerable.Range(0, 20).Select(i => $"C{i}")]);

        Assert.Equal((1L << 20) - 3, table.RemainderCount);
        Assert.Equal([1L, 2, 3], table.RemainderCodes().Take(3));
    }

    [Fact]
    public void Build_BadArguments_AreAllReportedAtOnce()
    {
        var ex = Assert.Throws<QcaException>(() => TruthTable.Build(Lipset.Raw, "SURVIVAL", ["DEV", "DEV", "URB", "XYZ"], new TruthTableOptions { InclCut = 1.5, NCut = 0 }));

        Assert.Equal(
            [
                "the inclusion cut-off 1.5 is not in [0, 1]",
                "the frequency cut-off 0 is below 1",
                "the data have no column 'SURVIVAL'",
                "the column 'DEV' holds 720 for case 'AU', not a set membership in [0, 1]: calibrate it first (e.g. DEV=direct:e,c,i)",
                "the condition 'DEV' is given twice",
                "the column 'URB' holds 33.4 for case 'AU', not a set membership in [0, 1]: calibrate it first (e.g. URB=direct:e,c,i)",
                "the data have no column 'XYZ'",
            ],
            ex.Errors.Select(e => e.Message.Split(" (did you mean")[0].Split("; the columns")[0]));
        Assert.Throws<QcaException>(() => TruthTable.Build(Lipset.Fuzzy, "SURV", ["SURV"]));
        Assert.Throws<QcaException>(() => TruthTable.Build(Lipset.Fuzzy, "SURV", [], null));
        Assert.Throws<QcaException>(() => TruthTable.Build(Lipset.Fuzzy, "SURV", ["DEV"], new TruthTableOptions { InclCut = 0.7, InclCut0 = 0.8 }));
    }

    [Theory]
    [InlineData("0.8", 0.8, null)]
    [InlineData(" 0.8 , 0.6 ", 0.8, 0.6)]
    [InlineData("1", 1.0, null)]
    public void WithInclCut_ReadsQcasNotation(string text, double ic1, double? ic0)
    {
        var options = TruthTableOptions.Default.WithInclCut(text);

        Assert.Equal((ic1, ic0), (options.InclCut, options.InclCut0));
    }

    [Theory]
    [InlineData("0.8,x", "'x' is not a number (at character 5 of '0.8,x')")]
    [InlineData("0.8,0.6,0.4", "an inclusion cut-off is one number (0.8) or two (0.8,0.6: output 1 from the first, contradictions from the second) (at character 1 of '0.8,0.6,0.4')")]
    [InlineData("0.6,0.8", "the contradiction cut-off 0.8 is above the inclusion cut-off 0.6: give incl.cut as (ic1, ic0) with ic0 ≤ ic1 (in '0.6,0.8')")]
    [InlineData("80", "the inclusion cut-off 80 is not in [0, 1] (in '80')")]
    public void WithInclCut_BadText_IsALocatedError(string text, string expected)
    {
        var ex = Assert.Throws<QcaException>(() => TruthTableOptions.Default.WithInclCut(text));

        Assert.Equal(expected, Assert.Single(ex.Errors).ToString());
    }

    private static readonly Gen<(double[][] X, double[] Y)> FuzzyData =
        Gen.Int[1, 25].SelectMany(n => Gen.Int[1, 5].SelectMany(k =>
            Gen.Select(Gen.OneOf(Gen.Double[0, 1], Gen.Const(0.5), Gen.Const(0.0), Gen.Const(1.0)).Array[n].Array[k], Gen.Double[0, 1].Array[n])));

    [Fact]
    public void Build_EveryCaseIsInAtMostOneRow_AndInOneUnlessAtTheCrossover()
    {
        FuzzyData.Sample((x, y) =>
        {
            var (data, conditions) = Data(x, y);
            var table = TruthTable.Build(data, "Y", conditions);
            var inRows = table.Rows.SelectMany(r => r.Cases).ToList();
            Assert.Equal(inRows.Count, inRows.Distinct().Count());
            Assert.Equal(data.CaseCount, inRows.Count + table.AtCrossover.Length);
            Assert.Equal(table.Rows.Sum(r => r.N), inRows.Count);
            Assert.All(table.Rows, r => Assert.True(r.N > 0));
        });
    }

    [Fact]
    public void Build_RowInclusion_IsTheSufficiencyOfItsConfiguration()
    {
        FuzzyData.Sample((x, y) =>
        {
            var (data, conditions) = Data(x, y);
            var table = TruthTable.Build(data, "Y", conditions);
            foreach (var row in table.Rows)
            {
                var membership = SetExpression.Parse(table.Configuration(row.Code));
                var xs = Enumerable.Range(0, data.CaseCount).Select(j => membership.Evaluate(conditions.ToDictionary(c => c, c => data.Column(c).Values[j]))).ToList();
                var fit = SetFit.Sufficiency(xs, y);
                Assert.Equal(fit.InclS, row.Incl!.Value, 12);
                Assert.Equal(fit.Pri, row.PRI!.Value, 12);
            }
        });
    }

    private static (QcaData Data, string[] Conditions) Data(double[][] x, double[] y)
    {
        var conditions = Enumerable.Range(0, x.Length).Select(i => $"X{i}").ToArray();
        var columns = conditions.Select((c, i) => (c, x[i])).Append(("Y", y)).ToArray();
        return (ParametersOfFitTests.Table(columns), conditions);
    }
}
