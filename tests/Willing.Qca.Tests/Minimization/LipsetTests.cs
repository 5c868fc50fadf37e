using Willing.Qca.Minimization;
using static Willing.Qca.Minimization.DirectionalExpectation;

namespace Willing.Qca.Tests.Minimization;

/// <summary>
/// The crisp Lipset data (LC) of ../shared/research/qca-reference.md: conditions DEV URB LIT IND STB, outcome SURV.
/// Expected values from the R package QCA 3.25.1 (minimize on truthTable(LC, SURV)); the intermediate ones were
/// computed with the same package and are derived by hand in each test.
/// </summary>
public class LipsetTests
{
    private static readonly string[] Names = ["DEV", "URB", "LIT", "IND", "STB"];
    private static readonly uint[] Positive = Rows.Codes("11111", "10101", "10111");
    private static readonly uint[] Negative = Rows.Codes("00000", "00001", "00100", "00101", "10110", "11110");

    [Fact]
    public void Minimize_Conservative_IsTheComplexSolution()
    {
        var result = Minimizer.Minimize(MinimizationProblem.Conservative(Names, Positive, Negative));
        var solution = Assert.Single(result.Solutions);
        Assert.Equal("DEV*~URB*LIT*STB + DEV*LIT*IND*STB", solution.Expression);
        Assert.False(result.IsAmbiguous);
        Assert.Null(result.Parsimonious);
        var set = result.Conservative!;
        Assert.Equal(["DEV*~URB*LIT*STB", "DEV*LIT*IND*STB"], set.PrimeImplicants.Select(t => t.ToExpression(Names)));
        Assert.Equal(2, set.MinimalTermCount);
        Assert.Equal(set.PrimeImplicants.ToArray(), set.EssentialImplicants.ToArray());
        Assert.Equal(set.PrimeImplicants.ToArray(), set.CommonImplicants.ToArray());
    }

    [Fact]
    public void Minimize_Conservative_ChartSaysWhichRowEachTermCovers()
    {
        var chart = Minimizer.Minimize(MinimizationProblem.Conservative(Names, Positive, Negative)).Conservative!.Chart;

        // Rows ascending by code: 10101 (FI, IE) = 21, 10111 (FR, SE) = 29, 11111 (BE, CZ, NL, UK) = 31.
        Assert.Equal(Rows.Codes("10101", "10111", "11111"), chart.Rows.ToArray());
        Assert.Equal(new[] { 0, 1 }, chart.RowsCoveredBy(0).ToArray());
        Assert.Equal(new[] { 1, 2 }, chart.RowsCoveredBy(1).ToArray());
        Assert.Equal(new[] { 0, 1 }, chart.ImplicantsCovering(1).ToArray());
        Assert.True(chart.IsEssential(0));
        Assert.True(chart.IsEssential(1));
    }

    [Fact]
    public void Minimize_Parsimonious_IsDevStb()
    {
        // QCA 3.25.1's chart (pLC$PIchart) has the same four prime implicants in the same order.
        var result = Minimizer.Minimize(MinimizationProblem.Parsimonious(Names, Positive, Negative));
        Assert.Equal("DEV*STB", Assert.Single(result.Solutions).Expression);
        Assert.Equal(["DEV*~IND", "DEV*STB", "URB*STB", "IND*STB"], result.Parsimonious!.PrimeImplicants.Select(t => t.ToExpression(Names)));
    }

    [Fact]
    public void Minimize_ParsimoniousExcludingARemainder_NoTermCoversIt()
    {
        // Excluding the remainder 11101 (DEV URB LIT ~IND STB), say as untenable, makes DEV*STB cover a row that may
        // not be used, so it is no longer an implicant. QCA 3.25.1, minimize(ttLC, include = "?", exclude = 30) (its row
        // 30 is 11101): M1: IND*STB + (DEV*~URB*~IND), M2: IND*STB + (DEV*~URB*STB), from the chart
        // IND*STB, DEV*~URB*~IND, DEV*~URB*STB.
        var result = Minimizer.Minimize(MinimizationProblem.Parsimonious(Names, Positive, Negative, Rows.Codes("11101")));
        Assert.DoesNotContain(result.Parsimonious!.PrimeImplicants, t => t.ToExpression(Names) == "DEV*STB");
        Assert.All(result.Parsimonious.PrimeImplicants, t => Assert.False(t.Covers(Rows.Code("11101"))));
        Assert.Equal(["IND*STB", "DEV*~URB*~IND", "DEV*~URB*STB"], result.Parsimonious.PrimeImplicants.Select(t => t.ToExpression(Names)));
        Assert.Equal(["IND*STB + DEV*~URB*~IND", "IND*STB + DEV*~URB*STB"], result.Solutions.Select(s => s.Expression));
        Assert.Equal(["IND*STB"], result.Parsimonious.CommonImplicants.Select(t => t.ToExpression(Names)));
    }

    [Fact]
    public void Minimize_IntermediateAllPresent_IsDevLitStb()
    {
        // Complex DEV*~URB*LIT*STB under parsimonious DEV*STB: ~URB contradicts URB's expected presence and goes,
        // LIT agrees and stays: DEV*LIT*STB. Complex DEV*LIT*IND*STB keeps LIT and IND. The easy counterfactuals are
        // the remainders of DEV*LIT*STB: only 11101 (DEV URB LIT ~IND STB). With it the positive rows merge into
        // DEV*LIT*STB. QCA 3.25.1: minimize(ttLC, include = "?", dir.exp = c(DEV, URB, LIT, IND, STB)) gives
        // "DEV*LIT*STB", with EC row 30 = 1 1 1 0 1.
        var result = Minimizer.Minimize(MinimizationProblem.Intermediate(Names, Positive, Negative, [Present, Present, Present, Present, Present]));
        Assert.Equal("DEV*LIT*STB", Assert.Single(result.Solutions).Expression);
        var set = Assert.Single(result.Intermediate);
        Assert.Equal("C1P1", set.Label);
        Assert.Equal(["DEV*LIT*STB", "DEV*LIT*IND*STB"], set.SelectionTerms.Select(t => t.ToExpression(Names)));
        var easy = Enumerable.Range(0, 32).Select(r => (uint)r).Where(set.IsEasyCounterfactual).ToArray();
        Assert.Equal(Rows.Codes("11101"), easy);
        Assert.Equal("DEV*~URB*LIT*STB + DEV*LIT*IND*STB", result.Conservative!.Solutions[0].Expression);
        Assert.Equal("DEV*STB", result.Parsimonious!.Solutions[0].Expression);
    }

    [Fact]
    public void Minimize_IntermediateMixedExpectations_IsDevLitStb()
    {
        // dir.exp = c(DEV, ~URB, LIT, ~IND, STB): ~URB now agrees and stays (DEV*~URB*LIT*STB unchanged), IND in
        // DEV*LIT*IND*STB contradicts ~IND and goes (DEV*LIT*STB). The easy counterfactual is again 11101, and the
        // result is again DEV*LIT*STB (QCA 3.25.1 agrees).
        var result = Minimizer.Minimize(MinimizationProblem.Intermediate(Names, Positive, Negative, [Present, Absent, Present, Absent, Present]));
        Assert.Equal("DEV*LIT*STB", Assert.Single(result.Solutions).Expression);
        Assert.Equal(["DEV*LIT*STB", "DEV*~URB*LIT*STB"], result.Intermediate[0].SelectionTerms.Select(t => t.ToExpression(Names)));
    }

    [Fact]
    public void Minimize_IntermediateNoExpectationOnDroppedConditions_IsConservative()
    {
        // dir.exp = c(DEV, STB): the literals DEV*STB drops (URB, LIT, IND) have no expectation, so nothing is an easy
        // counterfactual and the intermediate solution is the conservative one (QCA 3.25.1 agrees).
        var result = Minimizer.Minimize(MinimizationProblem.Intermediate(Names, Positive, Negative, [Present, None, None, None, Present]));
        Assert.Equal("DEV*~URB*LIT*STB + DEV*LIT*IND*STB", Assert.Single(result.Solutions).Expression);
        Assert.DoesNotContain(Enumerable.Range(0, 32), r => result.Intermediate[0].IsEasyCounterfactual((uint)r));
    }

    [Fact]
    public void Minimize_IntermediateAllAbsent_DropsThePresentLiterals()
    {
        // Expectations against the data: every literal in the complex terms that DEV*STB drops and that is present
        // (LIT, IND) contradicts, ~URB agrees. DEV*~URB*LIT*STB → DEV*~URB*STB; DEV*LIT*IND*STB → DEV*STB. So every
        // simplifying assumption of DEV*STB is easy, and the intermediate solution is the parsimonious one.
        var result = Minimizer.Minimize(MinimizationProblem.Intermediate(Names, Positive, Negative, [Absent, Absent, Absent, Absent, Absent]));
        Assert.Equal("DEV*STB", Assert.Single(result.Solutions).Expression);
    }
}
