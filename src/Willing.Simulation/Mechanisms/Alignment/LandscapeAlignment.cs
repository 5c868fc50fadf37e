using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Willing.Networks;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Mechanisms.Alignment;

/// <summary>
/// Axelrod and Bennett's (1993) landscape theory of aggregation: actors split into two sides, and one at a time each
/// moves to the other side if that lowers its frustration, until no actor wants to move (a local minimum of the
/// energy, see <see cref="AlignmentLandscape"/>).
/// </summary>
/// <remarks>
/// <para>
/// Source: R. Axelrod and D. S. Bennett, "A Landscape Theory of Aggregation", <i>British Journal of Political
/// Science</i> 23(2): 211–233, 1993 (sizes, propensities, frustration, energy, the two-coalition configurations and
/// their basins of attraction; Europe in 1936 and the alignment of nine computer firms as applications). The
/// theory predicts the configurations at local minima of the energy; the dynamics below is the myopic
/// one-actor-at-a-time search they use to define the basins.
/// </para>
/// <para>
/// Set-up (step 0): each actor's side is drawn from the model's random source in index order, 0 or 1 with
/// probability ½ (<c>initial_sides = random</c>); or every actor starts on side a (<c>all-a</c>); or the landscape's
/// given sides are used, the actors without one drawn as for <c>random</c> (<c>given</c>).
/// </para>
/// <para>
/// A step is one sweep over the actors, in a fresh random order each step (<c>order = random</c>, a Fisher–Yates
/// shuffle from the model's random source) or in index order (<c>index</c>). In turn, each actor switches side when
/// that changes its frustration by less than minus its tolerance (<see cref="AlignmentLandscape.Tolerance"/>), the
/// others' sides as they are at that moment (asynchronous updating). After a sweep with no switch the model stops
/// itself: the configuration is a local minimum. Every switch lowers the energy, and there are finitely many
/// configurations, so the model always comes to rest.
/// </para>
/// </remarks>
public sealed class LandscapeAlignment : Mechanism<LandscapeAlignmentModel>
{
    /// <summary>The largest landscape <see cref="GlobalMinima"/> searches exhaustively.</summary>
    public const int MaxExhaustive = 20;

    private readonly DynamicNetworkTemplate _template;

    /// <summary>The dynamics on <paramref name="landscape"/>.</summary>
    /// <param name="landscape">The actors, sizes and propensities.</param>
    /// <param name="parameters">The parameter space (default: <see cref="DefaultParameters"/>); a scenario passes the space with its fixed values as defaults, which must have the same parameters.</param>
    /// <exception cref="ArgumentException">The space lacks a parameter of the mechanism.</exception>
    public LandscapeAlignment(AlignmentLandscape landscape, ParameterSpace? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(landscape);
        Landscape = landscape;
        Parameters = parameters ?? DefaultParameters;
        foreach (var d in DefaultParameters.Definitions.Where(d => Parameters.Find(d.Name)?.Type != d.Type))
            throw new ArgumentException($"the parameter space lacks {d.Name} ({d.Type})", nameof(parameters));
        _template = new DynamicNetworkTemplate(Network(landscape));
        ConfigurationDigest = Digest(landscape);
    }

    /// <summary>The mechanism's parameters with their defaults.</summary>
    public static ParameterSpace DefaultParameters { get; } = new([
        ParameterDefinition.Choice("initial_sides", "random", ["random", "all-a", "given"],
            "the sides at step 0: each drawn with probability 1/2, all on side a, or the scenario's given initial_side (drawn where none is given)"),
        ParameterDefinition.Choice("order", "random", ["random", "index"],
            "the order in which actors consider switching within a step: a fresh random order each step, or index order"),
    ]);

    /// <summary>The landscape.</summary>
    public AlignmentLandscape Landscape { get; }

    /// <inheritdoc />
    public override string Name => "landscape-alignment";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Description =>
        "Axelrod and Bennett's landscape theory of aggregation: actors split into two sides and, one at a time, switch side when that lowers their frustration, until a local minimum of the energy.";

    /// <inheritdoc />
    public override string Source =>
        "Axelrod, R. and Bennett, D. S. (1993). A Landscape Theory of Aggregation. British Journal of Political Science 23(2): 211-233.";

    /// <inheritdoc />
    public override ParameterSpace Parameters { get; }

    /// <inheritdoc />
    public override ReporterSet<LandscapeAlignmentModel> Reporters { get; } = new ReporterSet<LandscapeAlignmentModel>()
        .WithDouble("energy", "the configuration's energy, the sum over pairs i<j of s_i s_j p_ij d_ij", m => m.Energy)
        .WithLong("switches", "actors that switched side in this step", m => m.Switches)
        .WithLong("total_switches", "switches since step 0", m => m.TotalSwitches)
        .WithLong("side_a", "actors on side a", m => m.CountOnSide(0))
        .WithLong("side_b", "actors on side b", m => m.CountOnSide(1))
        .WithDouble("side_a_size", "the summed size of the actors on side a", m => m.SizeOnSide(0))
        .WithDouble("side_b_size", "the summed size of the actors on side b", m => m.SizeOnSide(1))
        .WithAgentLong("side", "the agent's side: 0 (a) or 1 (b)", (m, i) => m.Side(i))
        .WithAgentDouble("frustration", "the agent's frustration, the sum over others j of s_j p_ij d_ij", (m, i) => m.Frustration(i));

    /// <inheritdoc />
    public override string ConfigurationDigest { get; }

    /// <inheritdoc />
    public override LandscapeAlignmentModel CreateModel(RunContext context) => new(context, this, _template.Create());

    /// <summary>
    /// Every configuration of least energy, found by trying all 2^(n−1) configurations with actor 0 on side a (the
    /// others are their mirror images); each listed with actor 0 on side a. Configurations whose energy is within
    /// <c>1e-9</c> times the sum of <c>s_i s_j |p_ij|</c> of the least are all listed.
    /// </summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxExhaustive"/> actors, or none.</exception>
    public static AlignmentMinima GlobalMinima(AlignmentLandscape landscape)
    {
        ArgumentNullException.ThrowIfNull(landscape);
        int n = landscape.Count;
        if (n is 0 or > MaxExhaustive)
            throw new ArgumentException($"an exhaustive search takes 1 to {MaxExhaustive} actors, not {n}", nameof(landscape));
        double scale = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
                scale += landscape.Size(i) * landscape.Size(j) * Math.Abs(landscape.Propensity(i, j));
        }

        double tolerance = 1e-9 * scale;
        // Gray code over actors 1..n-1: each next configuration flips one actor, whose energy change is s_k ΔF_k.
        var sides = new int[n];
        long count = 1L << (n - 1);
        var energies = new double[count];
        var codes = new long[count];
        double e = 0;
        for (long g = 0; g < count; g++)
        {
            if (g > 0)
            {
                int k = 1 + System.Numerics.BitOperations.TrailingZeroCount(g);
                e += landscape.Size(k) * landscape.Change(k, sides);
                sides[k] ^= 1;
            }

            energies[g] = e;
            codes[g] = g ^ (g >> 1);
        }

        double approximate = energies.Min();
        var minima = ImmutableArray.CreateBuilder<ImmutableArray<int>>();
        double best = double.PositiveInfinity;
        var exact = new List<(double Energy, ImmutableArray<int> Sides)>();
        for (long g = 0; g < count; g++)
        {
            if (energies[g] > approximate + (1e-6 * scale) + tolerance)
                continue;
            var config = new int[n];
            for (int k = 1; k < n; k++)
                config[k] = (int)((codes[g] >> (k - 1)) & 1);
            double exactEnergy = landscape.Energy(config);
            best = Math.Min(best, exactEnergy);
            exact.Add((exactEnergy, [.. config]));
        }

        foreach (var (energy, config) in exact.Where(x => x.Energy <= best + tolerance).OrderBy(x => Key(x.Sides)))
            minima.Add(config);
        return new AlignmentMinima(best, minima.ToImmutable());
    }

    private static long Key(ImmutableArray<int> sides)
    {
        long key = 0;
        for (int i = sides.Length - 1; i >= 0; i--)
            key = (key << 1) | (long)sides[i];
        return key;
    }

    private static Graph Network(AlignmentLandscape landscape)
    {
        var builder = new GraphBuilder(directed: false);
        foreach (string id in landscape.Ids)
            builder.AddNode(id, "state");
        for (int i = 0; i < landscape.Count; i++)
        {
            for (int j = i + 1; j < landscape.Count; j++)
            {
                if (landscape.Propensity(i, j) > 0)
                    builder.AddEdge(landscape.Ids[i], landscape.Ids[j], landscape.Propensity(i, j));
            }
        }

        return builder.Build();
    }

    private static string Digest(AlignmentLandscape landscape)
    {
        var text = new StringBuilder();
        for (int i = 0; i < landscape.Count; i++)
        {
            text.Append(landscape.Ids[i]).Append('\t').Append(BitConverter.DoubleToInt64Bits(landscape.Size(i)))
                .Append('\t').Append(landscape.InitialSides is { } given ? given[i] : -1).Append('\n');
            for (int j = 0; j < landscape.Count; j++)
                text.Append(BitConverter.DoubleToInt64Bits(landscape.Propensity(i, j))).Append(',');
            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>The configurations of least energy of a landscape (each with actor 0 on side a) and that energy.</summary>
/// <param name="Energy">The least energy.</param>
/// <param name="Configurations">Every configuration that has it, in order of their sides read as a binary number (actor 0 the lowest bit).</param>
public sealed record AlignmentMinima(double Energy, ImmutableArray<ImmutableArray<int>> Configurations);
