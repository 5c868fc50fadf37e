using Willing.Cli.Commands.Lifecycle;
using Willing.Cli.Commands.Typology;
using Willing.Cli.Output;
using Willing.Core.Reading;
using Willing.Qca;
using Willing.Qca.Calibration;
using Willing.Qca.Cases;
using Willing.Qca.Data;
using Willing.Typology.Classification;

namespace Willing.Cli.Commands.Qca;

/// <summary>The cases a <c>willing qca</c> command analyses, from its <see cref="QcaSourceSettings"/>.</summary>
internal static class QcaDataLoader
{
    /// <summary>Data loaded, with where they came from.</summary>
    /// <param name="Data">The data, calibrated as asked.</param>
    /// <param name="Source">The file, <c>coalitions</c> or <c>members of CASE</c>.</param>
    /// <param name="Table">The sets built from the case base, when the data come from it.</param>
    public sealed record Loaded(QcaData Data, string Source, SetTable? Table)
    {
        /// <summary>The data before calibration (the same as <see cref="Data"/> when nothing was calibrated).</summary>
        public QcaData Raw { get; init; } = Data;

        /// <summary>The calibrations applied.</summary>
        public IReadOnlyList<CalibrationSpec> Specs { get; init; } = [];
    }

    /// <summary>The data, or null after printing every error (<paramref name="exit"/> says which exit code).</summary>
    public static Loaded? Load(QcaSourceSettings settings, CliOutput output, out int exit)
    {
        exit = WillingApp.InvalidInput;
        var (specs, specErrors) = CalibrationSpec.ParseAll(settings.Calibrate ?? []);
        if (specErrors.Count > 0)
        {
            foreach (var e in specErrors)
                output.Error.WriteLine($"willing: --calibrate: {e}");
            exit = WillingApp.WrongUsage;
            return null;
        }

        Loaded? loaded;
        if (settings.Csv is { } path)
        {
            var read = QcaCsvReader.ReadFile(path);
            foreach (var e in read.Errors)
                output.Error.WriteLine(e.ToString());
            if (read.Data is null)
            {
                output.Error.WriteLine($"willing: {Echo.Quote(path)} was not read; nothing was analysed");
                return null;
            }

            loaded = new Loaded(read.Data, path, null);
        }
        else if (settings.Members is { } id)
        {
            if (CaseLoader.Load(id, settings, output) is not { } coalition)
                return null;
            var table = MemberSets.Of(coalition);
            if (table.Cases.IsEmpty)
            {
                output.Error.WriteLine($"willing: {coalition.Id} has no partners to analyse (members besides the leaders; troop contributors when it has any)");
                return null;
            }

            loaded = new Loaded(table.ToData(), table.Name, table);
        }
        else
        {
            if (TypologyLoader.Everything(settings, output) is not var (codebook, coalitions))
                return null;
            var table = CoalitionSets.Of(coalitions, new TypologyEngine(codebook, settings.WithReadings), codebook.Convention);
            loaded = new Loaded(table.ToData(), table.Name, table);
        }

        if (specs.IsEmpty)
            return loaded;
        try
        {
            return loaded with { Data = Calibrator.Apply(loaded.Data, specs), Raw = loaded.Data, Specs = specs };
        }
        catch (QcaException ex)
        {
            foreach (var e in ex.Errors)
                output.Error.WriteLine($"willing: --calibrate: {e}");
            exit = WillingApp.WrongUsage;
            return null;
        }
    }

    /// <summary>Prints the notes of a table built from the case base (to the error stream, so that data output stays clean).</summary>
    public static void Notes(Loaded loaded, CliOutput output)
    {
        if (loaded.Table is null)
            return;
        foreach (string note in loaded.Table.Notes)
            output.Error.WriteLine($"note: {note}");
    }

    /// <summary>Prints the errors of an analysis that could not run.</summary>
    public static int Failed(QcaException ex, CliOutput output)
    {
        foreach (var e in ex.Errors)
            output.Error.WriteLine($"willing: {e}");
        return WillingApp.WrongUsage;
    }
}
