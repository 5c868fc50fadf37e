using System.Collections.Immutable;
using Willing.Simulation.Modeling;

namespace Willing.Simulation.Mechanisms.NormCascade;

/// <summary>
/// The fixed inputs of a <see cref="NormCascade"/>: its actors (states and entrepreneurs), the weighted ties among them,
/// the months with a conference, and the month the treaty opens.
/// </summary>
/// <param name="Actors">The agents, in index order: states (<see cref="AgentKind.State"/>) and entrepreneurs (<see cref="AgentKind.Ngo"/>).</param>
/// <param name="Ties">Undirected, positively weighted ties between actors (by index); parallel ties add up.</param>
/// <param name="Conferences">Conference and meeting intensities by step (a step may appear several times; intensities add up).</param>
/// <param name="OpeningStep">The first step in which a state can ratify (the treaty's opening for signature); 1 or less: from the first step.</param>
public sealed record NormCascadeInputs(
    ImmutableArray<NormCascadeActor> Actors,
    ImmutableArray<NormCascadeTie> Ties,
    ImmutableArray<NormCascadeConference> Conferences,
    int OpeningStep = 0)
{
    /// <summary>Inputs of one state per given threshold (ids <c>s1</c>, <c>s2</c>, …) and nothing else: Granovetter's (1978) population.</summary>
    public static NormCascadeInputs Population(IEnumerable<double> thresholds) =>
        new([.. thresholds.Select((t, i) => new NormCascadeActor($"s{i + 1}", AgentKind.State, Threshold: t))], [], []);

    /// <summary>Inputs of <paramref name="states"/> states (ids <c>s1</c>, <c>s2</c>, …) whose thresholds are drawn, and nothing else: Granovetter's (1978) population.</summary>
    public static NormCascadeInputs Population(int states) =>
        new([.. Enumerable.Range(1, states).Select(i => new NormCascadeActor($"s{i}", AgentKind.State))], [], []);
}

/// <summary>One agent of a <see cref="NormCascade"/>.</summary>
/// <param name="Id">Its id (a case actor's id, or a population member's).</param>
/// <param name="Kind"><see cref="AgentKind.State"/> for a state (which can ratify), <see cref="AgentKind.Ngo"/> for an entrepreneur (which cannot, and always carries the norm).</param>
/// <param name="Committed">A norm carrier from step 0 (a core-group state, Finnemore and Sikkink's entrepreneurs; Centola's committed minority): a state with threshold 0; counts as a supporter in its neighbours' exposure.</param>
/// <param name="Resister">A resisting great power (Petrova 2019): its threshold is <c>resister_threshold</c>; while it stays out it damps the exposure of the states tied to it.</param>
/// <param name="Threshold">A given threshold θ (share), instead of a drawn one.</param>
/// <param name="StatusSeeking">How far the praise channel works on it (0–1); resisters take 0 whatever is given.</param>
public sealed record NormCascadeActor(string Id, AgentKind Kind, bool Committed = false, bool Resister = false, double? Threshold = null, double StatusSeeking = 1);

/// <summary>A tie between two actors (by index) with a positive weight (the number of ties and shared events, bodies and lists behind it).</summary>
public readonly record struct NormCascadeTie(int A, int B, double Weight);

/// <summary>A conference or meeting at step <paramref name="Step"/> (the month <c>start + Step</c>) with its intensity (1 for one conference).</summary>
public readonly record struct NormCascadeConference(int Step, double Intensity);
