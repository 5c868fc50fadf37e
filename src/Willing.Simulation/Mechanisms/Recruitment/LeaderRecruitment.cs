using System.Collections.Immutable;
using Willing.Networks;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;
using Willing.Simulation.Space;

namespace Willing.Simulation.Mechanisms.Recruitment;

/// <summary>
/// Cooper's model one as a mechanism: a leader recruits states one by one with payments, pressure and its own pull
/// within a budget and a time horizon, and members leave under a monthly exit hazard raised by elections, changes of
/// government, casualties, hostage crises and the others' exits, lowered by payments received, normative commitment
/// and a UN authorisation (the "coalition of the leaving" and its external stabiliser).
/// </summary>
/// <remarks>
/// <para>
/// Sources (research brief, <c>theory-operationalization.md</c> §3.2, §3.3, §3.5): B. Henke, "When Do States Deploy?
/// Pivotal states and diplomatic embeddedness", <i>ISQ</i> 61(2): 410–424, 2017, and <i>Constructing Allied
/// Cooperation</i>, Cornell 2019 (pivotal states build coalitions deliberately through their bilateral and multilateral
/// ties; the join rule P(join) = logistic(β₀ + β₁·Embed + β₂·SidePay + β₃·Threat + β₄·Align − β₅·DomOpp));
/// J. Newnham, "Coalition of the Bribed and Bullied?", <i>ISP</i> 9(2): 183–200, 2008 (payments and threats, the
/// March 2003 magnitudes); Riegler, Lis and Hisarciklilar, <i>PEPS</i> 23(4), 2017 (inducements; trade prospects above aid);
/// S. Kreps, <i>Coalitions of Convenience</i>, 2011 (the leader's time horizon: the recruitment window);
/// A. Tago, "When are democratic friends unreliable?", <i>JPR</i> 46(2): 219–234, 2009 (elections accelerate exit, 16
/// unilateral withdrawals of 37 partners); Pilster, Böhmelt and Tago (leadership turnover); P. A. Mello, <i>EJIS</i> 5:
/// 45–76, 2020 (casualties and commitment); Marinov, Nomikos and Robbins, <i>JOP</i> 77(3), 2015 (electoral proximity);
/// A. Weisiger, "Exiting the Coalition", 2015 (defection after coalition losses: the cascade term); S. Galam on
/// spin-glass coalitions (external macro-coalitions stabilise: the UN factor). Parameter defaults that no source gives
/// a number for are unit weights whose sign follows the source; each parameter's description says which.
/// </para>
/// <para>
/// Set-up (step 0): the leader and the agents marked as initial members are members (with <c>initial_members</c> =
/// <c>leader</c>, the leader alone). The leader ranks the other available agents once, by pivotality × embeddedness
/// (ties: pivotality, then index); an unknown pivotality takes <c>pivotality_default</c>. Unknown alignment, domestic opposition and commitment take the parameters
/// <c>alignment_default</c>, <c>opposition_default</c> and <c>commitment_default</c>; an offer of unrecorded size
/// takes <c>default_offer</c>.
/// </para>
/// <para>
/// A step is one month s and has three population stages. <b>Scheduled</b>: members whose scheduled exit
/// (a mandate's end, a host state's deadline, a mission completed: not unilateral exits, as Lifecycle's
/// <c>ExitKinds</c> classes them) falls in month s leave, counted in <c>scheduled_exits</c>, when
/// <c>scheduled_exits</c> is on. <b>Exit</b>: every agent draws one uniform number u in index order (members or not,
/// so that runs differing in who is a member share their random numbers); a member other than the leader that
/// joined before month s leaves when u &lt; 1 − exp(−h), with the monthly hazard
/// h = h0 · exp(β_E·E + β_G·G + β_C·ln(1 + C) + β_H·H + β_X·X − β_S·S − β_N·N) · (U ? un_factor : 1), where E, G
/// and H are 1 when the member held an election, changed its head of government or had nationals taken hostage in
/// month s or the two before, C is its military deaths in that window (the event-history covariates
/// <c>election_past3</c>, <c>gov_change_past3</c>, <c>casualties_past3</c>, <c>hostage_past3</c> of Lifecycle's
/// <c>EventHistory</c>), X is the share of the coalition that left unilaterally in the three months before
/// (exits ÷ (exits + members at the start of the step)), S is 1 once it has been paid (a recorded payment dated by
/// then, or the leader's offer accepted), N its normative commitment and U whether the coalition is UN-authorised in
/// month s. Exits within a month are simultaneous; a state that left does not come back. <b>Recruit</b>: while
/// s ≤ <c>recruitment_months</c>, every agent draws one standard logistic ε in index order; then the leader goes
/// down its ranking and offers each available non-member the payment it is recorded as offered, capped by what is left
/// of <c>budget</c>, and its threat when it has one and budget is left; the state joins when
/// β₀ + β_embed·Embed + β_pay·ln(1 + pay / payment_scale) + β_threat·Threat + β_align·Align − β_opp·DomOpp + ε &gt; 0,
/// that is with the logistic probability of Henke's rule. The leader pays (and spends <c>threat_cost</c> on a threat)
/// only when the state joins. With no budget left there is neither payment nor threat, so the join rule is then the
/// state's own utility without the leader's offer.
/// </para>
/// <para>
/// All per-agent state is kept in arrays (structure of arrays) made at set-up; the step loop allocates nothing.
/// </para>
/// </remarks>
public sealed class LeaderRecruitment : Mechanism<LeaderRecruitmentModel>
{
    private readonly DynamicNetwork _network;

    /// <summary>The mechanism over <paramref name="setup"/>, with the parameter space <paramref name="parameters"/> (default: <see cref="DefaultParameters"/>; a scenario's has its fixed values as defaults).</summary>
    /// <exception cref="ArgumentException">The parameter space lacks one of the mechanism's parameters.</exception>
    public LeaderRecruitment(RecruitmentSetup setup, ParameterSpace? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        Setup = setup;
        Parameters = parameters ?? DefaultParameters;
        foreach (var d in DefaultParameters.Definitions.Where(d => Parameters.Find(d.Name) is null))
            throw new ArgumentException($"the parameter space lacks {d.Name}", nameof(parameters));
        _network = new DynamicNetwork(setup.Actors.Select(a => new NetworkNode(a.Id, KindName(a.Kind))), false, ["embeddedness"]);
        for (int i = 0; i < setup.Actors.Length; i++)
        {
            if (i != setup.Leader && setup.Actors[i].Embeddedness > 0)
                _network.AddTie(setup.Leader, i, setup.Actors[i].Embeddedness);
        }
    }

    /// <summary>The agents, events and clock.</summary>
    public RecruitmentSetup Setup { get; }

    /// <summary>The mechanism's parameters with their documented defaults.</summary>
    public static ParameterSpace DefaultParameters { get; } = new([
        ParameterDefinition.Choice("initial_members", "case", ["case", "leader"],
            "who is a member at step 0: the members the case records by the start month, or the leader alone"),
        ParameterDefinition.Double("budget", 9.8, 0, 10_000,
            "the leader's budget for payments (and threats) over the recruitment window; default: the headline offers of March 2003, Turkey $6 bn, Poland $3.8 bn, Guinea $21.4 m (Newnham 2008; research brief V13)", "bn USD"),
        ParameterDefinition.Long("recruitment_months", 12, 0, 1200,
            "the leader's time horizon (Kreps 2011): the last month in which it recruits; the length is not sourced", "months"),
        ParameterDefinition.Double("join_intercept", -4, -20, 20,
            "β₀ of Henke's join rule: the monthly log-odds of joining with no tie, offer, threat, alignment or opposition; not estimated (a calibration's free parameter)", "log-odds"),
        ParameterDefinition.Double("beta_embed", 1, -20, 20, "β₁: weight of embeddedness with the leader (Henke 2017; sign from the source, unit magnitude)", "log-odds"),
        ParameterDefinition.Double("beta_pay", 1, -20, 20, "β₂: weight of ln(1 + payment / payment_scale) (Henke 2017, Newnham 2008; sign from the source, unit magnitude)", "log-odds"),
        ParameterDefinition.Double("beta_threat", 1, -20, 20, "β₃: weight of a threat (Newnham 2008; sign from the source, unit magnitude)", "log-odds"),
        ParameterDefinition.Double("beta_align", 1, -20, 20, "β₄: weight of alignment (Henke 2017; sign from the source, unit magnitude)", "log-odds"),
        ParameterDefinition.Double("beta_opposition", 1, -20, 20, "β₅: weight of domestic opposition, subtracted (Henke 2017; sign from the source, unit magnitude)", "log-odds"),
        ParameterDefinition.Double("payment_scale", 1, 1e-9, 1e6, "the payment that adds β_pay·ln 2 to the join utility", "bn USD"),
        ParameterDefinition.Double("default_offer", 0.0214, 0, 1e6,
            "the payment offered where the case records one without an amount; default: the smallest recorded March 2003 figure, Guinea's $21.4 m (research brief V13)", "bn USD"),
        ParameterDefinition.Double("threat_cost", 0, 0, 1e6, "what a threat costs the leader from its budget when the threatened state joins (not sourced; 0: only a budget left is needed)", "bn USD"),
        ParameterDefinition.Double("pivotality_default", 0.5, 0, 1, "the pivotality of a state with neither a pivotality attribute nor a troop figure (the middle of the scale; unknown)"),
        ParameterDefinition.Double("alignment_default", 0, -1, 1, "the alignment of a state for which none is given (neutral)"),
        ParameterDefinition.Double("opposition_default", 0, 0, 1, "the domestic opposition of a state for which none is given"),
        ParameterDefinition.Double("commitment_default", 0, 0, 1, "the normative commitment of a state for which none is given"),
        ParameterDefinition.Double("h0", 0.008, 0, 10,
            "the baseline monthly exit hazard; default: Tago's (2009) 16 unilateral withdrawals of 37 partners over March 2003 – December 2008, −ln(1 − 16/37) / 69", "per month"),
        ParameterDefinition.Double("beta_election", 1, -20, 20, "β_E: an election in the month or the two before (Tago 2009, Marinov et al. 2015: raises exit; unit magnitude, no coefficient retrieved)", "log-hazard"),
        ParameterDefinition.Double("beta_gov_change", 0, -20, 20, "β_G: a change of head of government in the window (Tago 2009: not significant on Iraq, hence 0; Pilster et al.: positive)", "log-hazard"),
        ParameterDefinition.Double("beta_casualties", 0.5, -20, 20, "β_C: per unit of ln(1 + deaths in the window) (Mello 2020: casualties matter; magnitude not sourced)", "log-hazard"),
        ParameterDefinition.Double("beta_hostage", 1, -20, 20, "β_H: a hostage crisis in the window (Cooper §3 on Italy; the Philippines 2004; unit magnitude)", "log-hazard"),
        ParameterDefinition.Double("beta_cascade", 1, -20, 20, "β_X: per unit share of the coalition that left in the three months before (Weisiger 2015: defection after coalition losses; unit magnitude)", "log-hazard"),
        ParameterDefinition.Double("beta_payment", 1, -20, 20, "β_S: once paid, subtracted (Tago 2009's side-payment covariate; unit magnitude)", "log-hazard"),
        ParameterDefinition.Double("beta_commitment", 1, -20, 20, "β_N: per unit of normative commitment, subtracted (Mello 2020: coalition commitment; unit magnitude)", "log-hazard"),
        ParameterDefinition.Double("un_factor", 0.5, 0, 1, "the hazard's factor while the coalition is UN-authorised (Galam: external macro-coalitions stabilise; below 1, magnitude not sourced)"),
        ParameterDefinition.Bool("apply_scheduled_exits", true, "whether members leave on their scheduled or agreed dates (mandate expiry, host-state deadline), apart from the unilateral exits"),
    ]);

    /// <inheritdoc />
    public override string Name => "leader-recruitment";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Description =>
        "Cooper's model one: a leader recruits states with payments, threats and its ties within a budget, and members leave under an exit hazard of elections, casualties, hostage crises and the others' exits, damped by payments, commitment and a UN authorisation.";

    /// <inheritdoc />
    public override string Source =>
        "Henke, M. E. (2017). When Do States Deploy? ISQ 61(2): 410-424; Henke (2019). Constructing Allied Cooperation. Cornell; "
        + "Newnham, R. (2008). Coalition of the Bribed and Bullied? ISP 9(2): 183-200; Riegler, Lis & Hisarciklilar (2017). PEPS 23(4); "
        + "Kreps, S. (2011). Coalitions of Convenience. OUP; Tago, A. (2009). JPR 46(2): 219-234; Pilster, Böhmelt & Tago, FPA; "
        + "Mello, P. A. (2020). EJIS 5: 45-76; Marinov, Nomikos & Robbins (2015). JOP 77(3): 762-773; Weisiger, A. (2015). Exiting the Coalition; "
        + "Galam, S. (2002) on spin-glass coalitions.";

    /// <inheritdoc />
    public override ParameterSpace Parameters { get; }

    /// <inheritdoc />
    public override ReporterSet<LeaderRecruitmentModel> Reporters { get; } = new ReporterSet<LeaderRecruitmentModel>()
        .WithLong("members", "current members, the leader included", m => m.Members)
        .WithLong("troop_contributors", "current members that send forces, the leader included", m => m.TroopContributors)
        .WithLong("joined", "cumulative joinings (step 0: the initial members)", m => m.Joined)
        .WithLong("exits", "cumulative unilateral exits", m => m.Exits)
        .WithLong("scheduled_exits", "cumulative scheduled or agreed exits", m => m.ScheduledExits)
        .WithLong("new_members", "joinings in this step", m => m.NewMembers)
        .WithLong("new_exits", "unilateral exits in this step", m => m.NewExits)
        .WithDouble("budget_spent", "what the leader has paid so far (bn USD)", m => m.BudgetSpent)
        .WithBool("un_authorised", "whether the coalition is UN-authorised in this month", m => m.UnAuthorised)
        .WithAgentBool("member", "whether the agent is a member", (m, i) => m.IsMember(i))
        .WithAgentLong("joined_step", "the step it joined (0: an initial member; -1: never)", (m, i) => m.JoinedStep(i))
        .WithAgentLong("left_step", "the step it left (-1: has not)", (m, i) => m.LeftStep(i))
        .WithAgentDouble("hazard", "its exit hazard in this step (0 when not at risk)", (m, i) => m.Hazard(i))
        .WithAgentDouble("paid", "the payment the leader made to it (bn USD)", (m, i) => m.Paid(i));

    /// <inheritdoc />
    public override string ConfigurationDigest => Setup.Digest;

    /// <inheritdoc />
    public override LeaderRecruitmentModel CreateModel(RunContext context) => new(context, this, _network.Clone());

    /// <summary>Reads a count reporter straight off the model (what <see cref="Reporters"/> gives), for fast curves.</summary>
    public static double FastReporter(LeaderRecruitmentModel model, string reporter)
    {
        ArgumentNullException.ThrowIfNull(model);
        return reporter switch
        {
            "members" => model.Members,
            "troop_contributors" => model.TroopContributors,
            "joined" => model.Joined,
            "exits" => model.Exits,
            "scheduled_exits" => model.ScheduledExits,
            "new_members" => model.NewMembers,
            "new_exits" => model.NewExits,
            "budget_spent" => model.BudgetSpent,
            _ => throw new ArgumentException($"{reporter} is not a model reporter of leader-recruitment", nameof(reporter)),
        };
    }

    /// <summary>The count reporters a scenario's curves may name, the main one first.</summary>
    public static ImmutableArray<string> Curves { get; } = ["members", "troop_contributors", "joined", "exits", "scheduled_exits"];

    private static string KindName(AgentKind kind) => kind switch
    {
        AgentKind.Leader => "leader",
        AgentKind.Ngo => "ngo",
        AgentKind.Organization => "igo",
        AgentKind.CoreGroup => "core-group",
        AgentKind.State => "state",
        _ => "other",
    };
}
