using Willing.Qca.Calibration;
using Willing.Qca.Data;
using Willing.Qca.Fit;
using Willing.Qca.TruthTables;

namespace Willing.Qca.Tests;

/// <summary>The path a command takes: a raw CSV, calibrated, to a truth table and the fit of a solution.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public void RawLipsetCsv_ToCrispTruthTable_ToTheFitOfTheConservativeSolution()
    {
        var read = QcaCsvReader.ReadFile(Lipset.Path("lipset-raw.csv"));
        Assert.Empty(read.Errors);
        var (specs, errors) = CalibrationSpec.ParseAll(["DEV=crisp:550", "URB=crisp:50", "LIT=crisp:75", "IND=crisp:30", "STB=crisp:<10", "SURV=crisp:>0"]);
        Assert.Empty(errors);
        var data = Calibrator.Apply(read.Data!, specs);

        var table = TruthTable.Build(data, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], TruthTableOptions.Default.WithInclCut("1"));
        var fit = ParametersOfFit.Sufficiency(data, "DEV*~URB*LIT*STB + DEV*LIT*IND*STB", "SURV");

        Assert.Equal([0b10101L, 0b11101, 0b11111], table.PositiveCodes.AsEnumerable()); // FI,IE  FR,SE  BE,CZ,NL,UK
        Assert.Equal(6, table.NegativeCodes.Length);
        Assert.Equal(23, table.RemainderCount);
        Assert.Equal((1.0, 1.0, 1.0), (fit.InclS, fit.PRI, fit.CovS));
        Assert.Equal([0.25, 0.5], fit.Terms.Select(t => t.CovU!.Value));
    }

    [Fact]
    public void RawLipsetCsv_DirectCalibration_GivesTheFuzzyTableShippedWithQca()
    {
        // LF's DEV is the fs/QCA calibration of LR's DEV (400, 550, 900) rounded to two decimals.
        var data = Calibrator.Apply(Lipset.Raw, [CalibrationSpec.Parse("DEV=direct-fsqca:400,550,900")]);

        Assert.Equal(Lipset.Fuzzy.Column("DEV").Values, data.Column("DEV").Values.Select(v => Math.Round(v, 2)));
    }
}
