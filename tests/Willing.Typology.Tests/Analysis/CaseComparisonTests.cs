using Willing.Core.Reading;
using Willing.Typology.Analysis;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Typology.Tests.Analysis;

public class CaseComparisonTests
{
    private static CaseClassification Classify(string id) =>
        new TypologyEngine(CodebookReader.BuiltIn()).Classify(CaseBase.LoadBuiltIn().CaseBase!.Find(id)!);

    [Fact]
    public void Of_Lineage_DistancesAreSymmetricAndZeroOnTheDiagonal()
    {
        // With the paper's readings counted, so that Kosovo's motivation (which rests on them) is measured and every distance defined.
        var engine = new TypologyEngine(CodebookReader.BuiltIn(), withReadings: true);
        var caseBase = CaseBase.LoadBuiltIn().CaseBase!;
        var comparison = CaseComparison.Of([.. new[] { "gulf-war-1991", "kosovo-1999", "iraq-2003" }.Select(id => engine.Classify(caseBase.Find(id)!))]);

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(0, comparison.Distances[i][i]);
            for (int j = 0; j < 3; j++)
                Assert.Equal(comparison.Distances[i][j], comparison.Distances[j][i]);
        }

        var changes = comparison.Changes(Axis.Institutions);
        Assert.Equal(2, changes.Length);
        Assert.True(changes[0] > 0.5, "from the Gulf War's prior authorisation to Kosovo's end-run");
        Assert.Equal(0, changes[1]!.Value, 12);   // Kosovo and Iraq on the one scale: a later mandate, no prior authorisation
        Assert.True(CaseComparison.SharedSets(comparison.Cases[0], comparison.Cases[2]) == 5);
    }

    [Fact]
    public void Of_OttawaAgainstRome_AreCloseModelTwoCasesThatDifferOnInstitutions()
    {
        var comparison = CaseComparison.Of([Classify("landmines-ottawa"), Classify("icc-rome-statute")]);

        Assert.True(comparison.Changes(Axis.Institutions)[0] < -0.5, "Rome went through a UN conference, Ottawa around the Conference on Disarmament");
        Assert.All(AxisInfo.Core, axis => Assert.True(Math.Abs(comparison.Changes(axis)[0]!.Value) < 0.2, $"{axis}: both are model-two campaigns"));
        // R counts in the distance: the two differ mostly on it.
        Assert.True(comparison.Distances[0][1] > 0.3);
    }

    [Fact]
    public void Of_OneCase_Refused() => Assert.Throws<ArgumentException>(() => CaseComparison.Of([Classify("iraq-2003")]));
}
