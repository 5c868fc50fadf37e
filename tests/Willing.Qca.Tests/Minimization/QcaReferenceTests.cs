using Willing.Qca.Minimization;

namespace Willing.Qca.Tests.Minimization;

/// <summary>
/// Random truth tables minimised by the R package QCA 3.25.1 itself (<c>Fixtures/qca-random.R</c>, output in
/// <c>Fixtures/qca-random.txt</c>): the conservative, parsimonious and intermediate solutions must be QCA's, solution
/// for solution and term for term, in QCA's order, and every pair C<i>i</i>P<i>j</i> must give QCA's intermediate solutions.
/// </summary>
/// <remarks>
/// QCA stores a solution's terms in the order of its chart (what <see cref="Solution.ImplicantIndices"/> sorted gives);
/// it prints the terms shared by all solutions first, as <see cref="Solution.Expression"/> does.
/// </remarks>
public class QcaReferenceTests
{
    internal sealed record Reference(int Id, int K, uint[] Positive, uint[] Negative, DirectionalExpectation[] Dirs, string[] Conservative, string[] Parsimonious, List<(string Label, string C, string P, string[] Solutions)> Intermediate);

    public static TheoryData<int> Ids => [.. Load().Select(r => r.Id)];

    [Fact]
    public void Fixture_HasEnoughProblems()
    {
        var all = Load();
        Assert.True(all.Count >= 20, $"only {all.Count} problems in the fixture");
        Assert.Contains(all, r => r.Conservative.Length > 1);
        Assert.Contains(all, r => r.Parsimonious.Length > 1);
        Assert.Contains(all, r => r.Intermediate.Any(i => i.Solutions.Length > 1));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Minimize_RandomTable_SameAsQca(int id)
    {
        var r = Load().Single(x => x.Id == id);
        string[] names = [.. Enumerable.Range(0, r.K).Select(i => ((char)('A' + i)).ToString())];
        var result = Minimizer.Minimize(MinimizationProblem.Intermediate(names, r.Positive, r.Negative, r.Dirs));
        Assert.Equal(r.Conservative, result.Conservative!.Solutions.Select(ChartOrder));
        Assert.Equal(r.Parsimonious, result.Parsimonious!.Solutions.Select(ChartOrder));
        // The script asks QCA for intermediate solutions only when there are at most 16 pairs.
        if (r.Intermediate.Count == 0)
            Assert.True(result.Intermediate.Length > 16, $"{result.Intermediate.Length} pairs, yet QCA gave none");
        else
            Assert.Equal(r.Intermediate.Count, result.Intermediate.Length);
        foreach (var (label, c, p, solutions) in r.Intermediate)
        {
            var set = result.Intermediate.Single(s => s.Label == label);
            Assert.Equal(c, ChartOrder(result.Conservative.Solutions[set.ConservativeIndex]));
            Assert.Equal(p, ChartOrder(result.Parsimonious.Solutions[set.ParsimoniousIndex]));
            Assert.Equal(solutions, set.Result.Solutions.Select(ChartOrder));
        }
    }

    private static string ChartOrder(Solution s)
    {
        var byIndex = s.ImplicantIndices.Zip(s.TermExpressions).OrderBy(x => x.First).Select(x => x.Second);
        return string.Join(" + ", byIndex);
    }

    private static List<Reference>? _cache;

    internal static List<Reference> Load()
    {
        if (_cache is not null)
            return _cache;
        var path = Path.Combine(RepoRoot.Find(), "tests", "Willing.Qca.Tests", "Minimization", "Fixtures", "qca-random.txt");
        var list = new List<Reference>();
        Reference? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("problem ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                current = new Reference(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[2][2..], System.Globalization.CultureInfo.InvariantCulture), [], [], [], [], [], []);
                list.Add(current);
            }
            else if (current is null)
            {
                continue;
            }
            else if (line.StartsWith("pos:", StringComparison.Ordinal))
            {
                list[^1] = current = current with { Positive = Codes(line[4..]) };
            }
            else if (line.StartsWith("neg:", StringComparison.Ordinal))
            {
                list[^1] = current = current with { Negative = Codes(line[4..]) };
            }
            else if (line.StartsWith("dir:", StringComparison.Ordinal))
            {
                var dirs = line[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(d => d switch { "1" => DirectionalExpectation.Present, "0" => DirectionalExpectation.Absent, _ => DirectionalExpectation.None });
                list[^1] = current = current with { Dirs = [.. dirs] };
            }
            else if (line.StartsWith("C:", StringComparison.Ordinal))
            {
                list[^1] = current = current with { Conservative = Solutions(line[2..]) };
            }
            else if (line.StartsWith("P:", StringComparison.Ordinal))
            {
                list[^1] = current = current with { Parsimonious = Solutions(line[2..]) };
            }
            else if (line.StartsWith("I ", StringComparison.Ordinal))
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                var parts = line[(colon + 1)..].Split('#');
                current.Intermediate.Add((line[2..colon], parts[0].Trim(), parts[1].Trim(), Solutions(parts[2])));
            }
        }

        return _cache = list;
    }

    private static uint[] Codes(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => uint.Parse(x, System.Globalization.CultureInfo.InvariantCulture))];

    private static string[] Solutions(string text) => [.. text.Split('|').Select(s => s.Trim())];
}
