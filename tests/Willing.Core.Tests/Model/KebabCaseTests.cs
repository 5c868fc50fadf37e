using System.Reflection;
using Willing.Core.Model;

namespace Willing.Core.Tests.Model;

public class KebabCaseTests
{
    public static TheoryData<Type> ModelEnums() => [.. typeof(Coalition).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).OrderBy(t => t.Name, StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ModelEnums))]
    public void NameAndTryParse_EveryValueOfEveryEnum_RoundTripInDeclarationOrder(Type enumType)
    {
        var check = typeof(KebabCaseTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(enumType);

        check.Invoke(null, null);
    }

    [Fact]
    public void Name_SpellsPascalCaseWithHyphens()
    {
        Assert.Equal("ngo-network", KebabCase.Name(ActorKind.NgoNetwork));
        Assert.Equal("withdrew-before-start", KebabCase.Name(MembershipStatus.WithdrewBeforeStart));
    }

    [Fact]
    public void TryParse_UnknownOrWronglyCasedSpelling_IsFalseAndDefault()
    {
        Assert.False(KebabCase.TryParse<ActorKind>("NgoNetwork", out var pascal));
        Assert.False(KebabCase.TryParse<ActorKind>("ngo network", out var spaced));
        Assert.False(KebabCase.TryParse<ActorKind>(string.Empty, out var empty));

        Assert.Equal(default, pascal);
        Assert.Equal(default, spaced);
        Assert.Equal(default, empty);
    }

    [Fact]
    public void Name_ValueTheEnumDoesNotDefine_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => KebabCase.Name((ActorKind)999));
    }

    private static void RoundTrip<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();

        var names = KebabCase.Names<TEnum>();

        Assert.Equal(values.Select(v => KebabCase.FromPascal(v.ToString())), names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        foreach (var value in values)
        {
            Assert.True(KebabCase.TryParse<TEnum>(KebabCase.Name(value), out var back), $"{typeof(TEnum).Name}.{value}");
            Assert.Equal(value, back);
        }
    }
}
