using System.Text.Json;
using Willing.Core.Reading;
using Willing.Simulation.Analysis;

namespace Willing.Simulation.Tests;

public class AnalysisCalibrationCacheTests
{
    private static readonly CaseBase Cases = CaseBase.LoadBuiltIn().CaseBase!;

    private static string Json(SimulationStudy s) => JsonSerializer.Serialize(s);

    [Fact]
    public void A_kept_search_gives_the_same_study_as_a_fresh_one_and_a_damaged_file_is_searched_again()
    {
        string folder = Path.Combine(Path.GetTempPath(), "willing-calibration-cache-" + Guid.NewGuid().ToString("N"));
        try
        {
            var fresh = SimulationStudy.Run(Cases, "landmines-ottawa", 2005, 2)!;
            var first = SimulationStudy.Run(Cases, "landmines-ottawa", 2005, 2, folder)!;
            string file = Assert.Single(Directory.GetFiles(folder, "calibration-*.json"));
            var kept = SimulationStudy.Run(Cases, "landmines-ottawa", 2005, 1, folder)!;
            Assert.Equal(Json(fresh), Json(first));
            Assert.Equal(Json(fresh), Json(kept));
            Assert.NotEmpty(kept.Fit.Trace);

            File.WriteAllText(file, "{ not a kept search");
            var again = SimulationStudy.Run(Cases, "landmines-ottawa", 2005, 2, folder)!;
            Assert.Equal(Json(fresh), Json(again));
            Assert.StartsWith("{\"Format\":1", File.ReadAllText(file), StringComparison.Ordinal);

            // Another seed is another search, in another file.
            var other = SimulationStudy.Run(Cases, "landmines-ottawa", 7, 2, folder)!;
            Assert.Equal(2, Directory.GetFiles(folder, "calibration-*.json").Length);
            Assert.NotEqual(Json(fresh), Json(other));
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }
}
