using System.Collections.Immutable;

namespace Willing.Simulation.Scenarios;

/// <summary>The mechanisms scenario files can name, by <see cref="ScenarioMechanism.Name"/>.</summary>
public static class ScenarioMechanisms
{
    private static readonly ImmutableArray<ScenarioMechanism> All =
    [
        Mechanisms.Alignment.AlignmentScenarioMechanism.Instance,
        new Mechanisms.NormCascade.NormCascadeScenario(),
        new Mechanisms.Recruitment.LeaderRecruitmentScenario(),
    ];

    /// <summary>Every registered mechanism, in name order.</summary>
    public static ImmutableArray<ScenarioMechanism> Registered => [.. All.OrderBy(m => m.Name, StringComparer.Ordinal)];

    /// <summary>The mechanism named <paramref name="name"/>, or null.</summary>
    public static ScenarioMechanism? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
