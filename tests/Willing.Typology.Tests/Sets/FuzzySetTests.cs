using Willing.Typology.Sets;

namespace Willing.Typology.Tests.Sets;

public class FuzzySetTests
{
    [Fact]
    public void And_IsTheMinimum() => Assert.Equal(0.2, FuzzySet.And(0.9, 0.2, 0.7));

    [Fact]
    public void Or_IsTheMaximum() => Assert.Equal(0.9, FuzzySet.Or(0.9, 0.2, 0.7));

    [Fact]
    public void Not_IsTheComplement() => Assert.Equal(0.25, FuzzySet.Not(0.75));

    [Fact]
    public void DeMorgan_HoldsOnAGrid()
    {
        for (double a = 0; a <= 1; a += 0.1)
        {
            for (double b = 0; b <= 1; b += 0.1)
                Assert.Equal(FuzzySet.Not(FuzzySet.And(a, b)), FuzzySet.Or(FuzzySet.Not(a), FuzzySet.Not(b)), 12);
        }
    }

    [Fact]
    public void And_NoArguments_Refused() => Assert.Throws<ArgumentException>(() => FuzzySet.And());
}
