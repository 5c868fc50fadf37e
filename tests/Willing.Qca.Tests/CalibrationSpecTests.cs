using CsCheck;
using Willing.Qca.Calibration;
using Willing.Typology.Sets;

namespace Willing.Qca.Tests;

/// <summary>Golden values: the DEV tables of qca-reference.md (R's QCA 3.25.1), to 1e-6.</summary>
public sealed class CalibrationSpecTests
{
    private static readonly double[] QcaDefault =
        [0.806926, 0.990148, 0.575141, 0.166640, 0.583342, 0.974486, 0.887065, 0.041458, 0.077749, 0.719548, 0.343491, 0.979225, 0.019342, 0.010827, 0.013402, 0.026799, 0.948787, 0.983784];

    private static readonly double[] FsQca =
        [0.811095, 0.990961, 0.576537, 0.162465, 0.584884, 0.976141, 0.890903, 0.039166, 0.074468, 0.723122, 0.340740, 0.980654, 0.017986, 0.009952, 0.012370, 0.025087, 0.951399, 0.984974];

    private static readonly double[] CrispAt550 = [1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1];

    [Theory]
    [InlineData("DEV=direct:400,550,900", 0)]
    [InlineData("DEV=direct:e=400,c=550,i=900", 0)]
    [InlineData("DEV = direct : i=900, c=550, e=400", 0)]
    [InlineData("DEV=direct-fsqca:400,550,900", 1)]
    [InlineData("DEV=crisp:550", 2)]
    [InlineData("DEV=crisp:>=550", 2)]
    public void Apply_LipsetDev_MatchesRsQcaToSixDecimals(string spec, int table)
    {
        double[] expected = table switch { 0 => QcaDefault, 1 => FsQca, _ => CrispAt550 };

        var data = Calibrator.Apply(Lipset.Raw, [CalibrationSpec.Parse(spec)]);

        var dev = data.Column("DEV").Values;
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - dev[i]) < 1e-6, $"{Lipset.Cases[i]}: expected {expected[i]}, got {dev[i]}");
        Assert.Equal(Lipset.Raw.Column("URB").Values, data.Column("URB").Values);
    }

    [Fact]
    public void Parse_Direct_ReadsThresholdsInQcaOrder()
    {
        var spec = CalibrationSpec.Parse("DEV=direct:400,550,900");

        Assert.Equal("DEV", spec.Column);
        Assert.Equal(CalibrationMethod.Direct, spec.Method);
        Assert.Equal(CalibrationConvention.Qca, spec.Convention);
        Assert.Equal([400.0, 550, 900], spec.Thresholds.AsEnumerable());
        Assert.True(spec.Increasing);
        Assert.Equal(["e", "c", "i"], spec.ThresholdNames.AsEnumerable());
        Assert.Equal("DEV=direct:400,550,900", spec.ToString());
    }

    [Fact]
    public void Membership_DecreasingDirect_IsTheComplementOfTheMirroredIncreasingSet()
    {
        // R's QCA: thresholds e > i give a decreasing set, computed as 1 − the increasing one with e and i swapped.
        var decreasing = CalibrationSpec.Parse("STB=direct:15,10,5");
        var increasing = CalibrationSpec.Parse("STB=direct:5,10,15");

        Assert.False(decreasing.Increasing);
        foreach (double x in new[] { 2.0, 5, 7.5, 10, 12, 15, 21 })
            Assert.Equal(1 - increasing.Membership(x), decreasing.Membership(x), 12);
        Assert.Equal(0.95, decreasing.Membership(5), 12);
        Assert.Equal(0.5, decreasing.Membership(10), 12);
    }

    [Theory]
    [InlineData("X=linear:400,900", 300, 0)]
    [InlineData("X=linear:400,900", 400, 0)]
    [InlineData("X=linear:400,900", 525, 0.25)]
    [InlineData("X=linear:400,900", 650, 0.5)]
    [InlineData("X=linear:400,900", 900, 1)]
    [InlineData("X=linear:400,900", 1000, 1)]
    [InlineData("X=linear:400,500,900", 450, 0.25)]
    [InlineData("X=linear:400,500,900", 500, 0.5)]
    [InlineData("X=linear:400,500,900", 700, 0.75)]
    [InlineData("X=linear:900,500,400", 700, 0.25)]
    [InlineData("X=linear:900,500,400", 450, 0.75)]
    [InlineData("X=linear:900,400", 525, 0.75)]
    [InlineData("X=linear:400,900", 400.04, 0)] // 0.00008 < 0.0001: set to 0, as R's QCA does
    [InlineData("X=crisp:>550", 550, 0)]
    [InlineData("X=crisp:550", 550, 1)]
    [InlineData("X=crisp:<10", 10, 0)]
    [InlineData("X=crisp:<=10", 10, 1)]
    [InlineData("X=crisp:≤10", 9, 1)]
    public void Membership_LinearAndCrisp_AreAsStated(string spec, double x, double expected)
    {
        Assert.Equal(expected, CalibrationSpec.Parse(spec).Membership(x), 12);
    }

    [Fact]
    public void Membership_MissingValueStaysMissing()
    {
        Assert.True(double.IsNaN(CalibrationSpec.Parse("X=direct:1,2,3").Membership(double.NaN)));
    }

    [Theory]
    [InlineData("DEV", "a calibration is written COLUMN=METHOD:THRESHOLDS, e.g. DEV=direct:400,550,900 (methods: direct, direct-fsqca, linear, crisp) (at character 1 of 'DEV')")]
    [InlineData("=direct:1,2,3", "the column name is missing before '=' (at character 1 of '=direct:1,2,3')")]
    [InlineData("DEV=direct", "the method must be followed by ':' and the thresholds, e.g. direct:400,550,900 (at character 11 of 'DEV=direct')")]
    [InlineData("DEV=drect:1,2,3", "'drect' is not a calibration method (did you mean 'direct'?): use direct, direct-fsqca, linear or crisp (at character 5 of 'DEV=drect:1,2,3')")]
    [InlineData("DEV=direct:400,x,900", "'x' is not a number (at character 16 of 'DEV=direct:400,x,900')")]
    [InlineData("DEV=direct:400,900", "direct calibration takes 3 thresholds: full non-membership, crossover, full membership (e, c, i), not 2 (at character 12 of 'DEV=direct:400,900')")]
    [InlineData("DEV=direct:400,950,900", "the thresholds must be strictly ordered, e < c < i for an increasing set or e > c > i for a decreasing one (here e = 400, c = 950, i = 900) (at character 12 of 'DEV=direct:400,950,900')")]
    [InlineData("DEV=direct:e=400,c=550,c=900", "the threshold 'c' is given twice (at character 24 of 'DEV=direct:e=400,c=550,c=900')")]
    [InlineData("DEV=direct:e=400,550,i=900", "name all thresholds (e=…, c=…, i=…) or none (at character 12 of 'DEV=direct:e=400,550,i=900')")]
    [InlineData("DEV=direct:x=400,c=550,i=900", "'x' is not a threshold of direct calibration: name them e, c, i (at character 12 of 'DEV=direct:x=400,c=550,i=900')")]
    [InlineData("DEV=crisp:400,550", "crisp calibration takes one threshold: multi-value sets are not supported (at character 15 of 'DEV=crisp:400,550')")]
    [InlineData("DEV=crisp:=>5", "'=>5' is not a number: write the threshold as 550, >=550, >550, <=550 or <550 (at character 11 of 'DEV=crisp:=>5')")]
    [InlineData("DEV=linear:", "no thresholds after 'linear:' (at character 12 of 'DEV=linear:')")]
    [InlineData("DEV=linear:5,5", "the thresholds e and i are both 5: they must differ (at character 12 of 'DEV=linear:5,5')")]
    [InlineData("DEV=direct:1,2,1e999", "'1e999' is not a number (at character 16 of 'DEV=direct:1,2,1e999')")]
    public void Parse_BadSpecs_AreLocatedErrors(string text, string expected)
    {
        var ex = Assert.Throws<QcaException>(() => CalibrationSpec.Parse(text));

        Assert.Equal(expected, Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void ParseAll_ReportsEveryErrorOfEverySpec()
    {
        var (specs, errors) = CalibrationSpec.ParseAll(["DEV=direct:1,2,3", "URB=crisp:x", "DEV=crisp:1", "LIT=linear:1"]);

        Assert.True(specs.IsEmpty);
        Assert.Equal(["URB", "DEV", "LIT"], errors.Select(e => e.Column));
        Assert.Contains("calibrated twice", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_UnknownColumn_NamesItAndTheNearest()
    {
        var ex = Assert.Throws<QcaException>(() => Calibrator.Apply(Lipset.Raw, [CalibrationSpec.Parse("dev=direct:400,550,900"), CalibrationSpec.Parse("GDP=crisp:1")]));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Equal("dev", ex.Errors[0].Column);
        Assert.Contains("did you mean 'DEV'?", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("the columns are: DEV, URB, LIT, IND, STB, SURV", ex.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithThreshold_OutOfOrder_Throws()
    {
        var spec = CalibrationSpec.Direct("DEV", 400, 550, 900);

        Assert.Equal(560, spec.WithThreshold("c", 560).Thresholds[1]);
        Assert.Throws<QcaException>(() => spec.WithThreshold("c", 900));
        Assert.Throws<QcaException>(() => spec.WithThreshold("x", 1));
    }

    private static readonly Gen<CalibrationSpec> Specs =
        Gen.OneOf(
            Gen.Select(Gen.Double[-1000, 1000], Gen.Double[0.001, 500], Gen.Double[0.001, 500], Gen.Bool, Gen.Bool)
                .Select((c, below, above, up, fs) => up
                    ? CalibrationSpec.Direct("X", c - below, c, c + above, fs ? CalibrationConvention.Ragin : CalibrationConvention.Qca)
                    : CalibrationSpec.Direct("X", c + above, c, c - below, fs ? CalibrationConvention.Ragin : CalibrationConvention.Qca)),
            Gen.Select(Gen.Double[-1000, 1000], Gen.Double[0.001, 500], Gen.Double[0.001, 500], Gen.Bool)
                .Select((c, below, above, up) => up ? CalibrationSpec.Linear("X", c - below, c, c + above) : CalibrationSpec.Linear("X", c + above, c, c - below)),
            Gen.Select(Gen.Double[-1000, 1000], Gen.Double[0.001, 500], Gen.Bool)
                .Select((e, width, up) => up ? CalibrationSpec.Linear("X", e, e + width) : CalibrationSpec.Linear("X", e + width, e)),
            Gen.Select(Gen.Double[-1000, 1000], Gen.Enum<CrispComparison>()).Select((t, cmp) => CalibrationSpec.Crisp("X", t, cmp)));

    [Fact]
    public void Membership_IsMonotoneInTheSetsDirection_AndInTheUnitInterval()
    {
        Gen.Select(Specs, Gen.Double[-2000, 2000], Gen.Double[-2000, 2000]).Sample((spec, a, b) =>
        {
            double lo = Math.Min(a, b), hi = Math.Max(a, b);
            double mLo = spec.Membership(lo), mHi = spec.Membership(hi);
            Assert.InRange(mLo, 0, 1);
            Assert.InRange(mHi, 0, 1);
            Assert.True(spec.Increasing ? mLo <= mHi : mLo >= mHi, $"{spec}: μ({lo}) = {mLo}, μ({hi}) = {mHi}");
        });
    }

    [Fact]
    public void ToString_ParsesBackToTheSameSpec()
    {
        Specs.Sample(spec => Assert.Equal(spec, CalibrationSpec.Parse(spec.ToString())));
    }

    [Fact]
    public void Membership_AtTheCrossover_IsOneHalf()
    {
        Specs.Where(s => s.Method != CalibrationMethod.Crisp).Sample(spec =>
        {
            double c = spec.Thresholds.Length == 3 ? spec.Thresholds[1] : (spec.Thresholds[0] + spec.Thresholds[1]) / 2;
            Assert.Equal(0.5, spec.Membership(c), 9);
        });
    }
}
