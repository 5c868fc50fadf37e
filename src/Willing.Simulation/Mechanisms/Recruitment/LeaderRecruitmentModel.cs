using Willing.Simulation.Modeling;
using Willing.Simulation.Space;

namespace Willing.Simulation.Mechanisms.Recruitment;

/// <summary>One run of <see cref="LeaderRecruitment"/>: membership, joining and leaving steps, hazards and payments kept in arrays indexed by agent (structure of arrays).</summary>
/// <remarks>The rules are stated on <see cref="LeaderRecruitment"/>. Every array is made in the constructor; a step allocates nothing.</remarks>
public sealed class LeaderRecruitmentModel : Model<Agent>
{
    private readonly RecruitmentSetup _setup;
    private readonly int _n;
    private readonly int _leader;
    private readonly bool[] _member;
    private readonly bool[] _available;
    private readonly bool[] _troops;
    private readonly long[] _joinedStep;
    private readonly long[] _leftStep;
    private readonly double[] _hazard;
    private readonly double[] _paid;
    private readonly long[] _paidFrom;
    private readonly double[] _commitment;
    private readonly double[] _baseUtility;
    private readonly double[] _offer;
    private readonly bool[] _threat;
    private readonly double[] _uniform;
    private readonly int[] _ranking;
    private readonly int[] _recentExits;
    private readonly int[] _leaving;

    // Parameters read once.
    private readonly double _budget, _betaPay, _betaThreat, _paymentScale, _threatCost;
    private readonly long _window;
    private readonly double _h0, _bE, _bG, _bC, _bH, _bX, _bS, _bN, _unFactor;
    private readonly bool _scheduled;

    internal LeaderRecruitmentModel(RunContext context, LeaderRecruitment mechanism, DynamicNetwork network)
        : base(context)
    {
        _setup = mechanism.Setup;
        var actors = _setup.Actors;
        _n = actors.Length;
        _leader = _setup.Leader;
        _member = new bool[_n];
        _available = new bool[_n];
        _troops = new bool[_n];
        _joinedStep = new long[_n];
        _leftStep = new long[_n];
        _hazard = new double[_n];
        _paid = new double[_n];
        _paidFrom = new long[_n];
        _commitment = new double[_n];
        _baseUtility = new double[_n];
        _offer = new double[_n];
        _threat = new bool[_n];
        _uniform = new double[_n];
        _ranking = new int[_n];
        _recentExits = new int[RecruitmentSetup.PastMonths];
        _leaving = new int[_n];
        Array.Fill(_joinedStep, -1L);
        Array.Fill(_leftStep, -1L);

        var p = Parameters;
        _budget = p.Double("budget");
        _window = p.Long("recruitment_months");
        _betaPay = p.Double("beta_pay");
        _betaThreat = p.Double("beta_threat");
        _paymentScale = p.Double("payment_scale");
        _threatCost = p.Double("threat_cost");
        _h0 = p.Double("h0");
        _bE = p.Double("beta_election");
        _bG = p.Double("beta_gov_change");
        _bC = p.Double("beta_casualties");
        _bH = p.Double("beta_hostage");
        _bX = p.Double("beta_cascade");
        _bS = p.Double("beta_payment");
        _bN = p.Double("beta_commitment");
        _unFactor = p.Double("un_factor");
        _scheduled = p.Bool("apply_scheduled_exits");
        double b0 = p.Double("join_intercept"), bEmbed = p.Double("beta_embed"), bAlign = p.Double("beta_align"), bOpp = p.Double("beta_opposition");
        double alignDefault = p.Double("alignment_default"), oppDefault = p.Double("opposition_default"), commitDefault = p.Double("commitment_default");
        double defaultOffer = p.Double("default_offer");
        bool leaderOnly = p.String("initial_members") == "leader";
        double pivotDefault = p.Double("pivotality_default");
        var pivot = new double[_n];

        for (int i = 0; i < _n; i++)
        {
            var a = actors[i];
            _available[i] = a.Available || i == _leader;
            _troops[i] = a.TroopContributor;
            _paidFrom[i] = _setup.PaidFromStep[i];
            _commitment[i] = double.IsNaN(a.Commitment) ? commitDefault : a.Commitment;
            double align = double.IsNaN(a.Alignment) ? alignDefault : a.Alignment;
            double opp = double.IsNaN(a.DomesticOpposition) ? oppDefault : a.DomesticOpposition;
            _baseUtility[i] = b0 + (bEmbed * a.Embeddedness) + (bAlign * align) - (bOpp * opp);
            _offer[i] = double.IsNaN(a.Offer) ? defaultOffer : a.Offer;
            _threat[i] = a.Threat;
            _ranking[i] = i;
            pivot[i] = (double.IsNaN(a.Pivotality) ? pivotDefault : a.Pivotality);
            bool initial = i == _leader || (!leaderOnly && a.InitialMember && _available[i]);
            if (initial)
                JoinAt(i, 0);
        }

        // The leader's ranking: pivotality × embeddedness, then pivotality, then index (a stable, seed-free order).
        Array.Sort(_ranking, (x, y) =>
        {
            double sx = pivot[x] * actors[x].Embeddedness, sy = pivot[y] * actors[y].Embeddedness;
            if (sx != sy)
                return sy.CompareTo(sx);
            if (pivot[x] != pivot[y])
                return pivot[y].CompareTo(pivot[x]);
            return x.CompareTo(y);
        });
        NewMembers = Members;
        UnAuthorised = _setup.IsUnAuthorised(0);

        Setup(_setup.CreateAgents(), network, Activation.Staged(
            ActivationStage.ForPopulation<Agent>("scheduled", Scheduled,
                "members whose scheduled or agreed exit falls in this month leave (when apply_scheduled_exits is on)"),
            ActivationStage.ForPopulation<Agent>("exit", Exit,
                "each member but the leader leaves with probability 1 − exp(−h) of its monthly hazard"),
            ActivationStage.ForPopulation<Agent>("recruit", Recruit,
                "within the recruitment window the leader makes its offers down its ranking and each non-member joins when its utility and noise beat zero")));
    }

    /// <summary>Current members, the leader included.</summary>
    public int Members { get; private set; }

    /// <summary>Current members that send forces.</summary>
    public int TroopContributors { get; private set; }

    /// <summary>Cumulative joinings, the initial members included.</summary>
    public int Joined { get; private set; }

    /// <summary>Cumulative unilateral exits.</summary>
    public int Exits { get; private set; }

    /// <summary>Cumulative scheduled or agreed exits.</summary>
    public int ScheduledExits { get; private set; }

    /// <summary>Joinings in the last step (step 0: the initial members).</summary>
    public int NewMembers { get; private set; }

    /// <summary>Unilateral exits in the last step.</summary>
    public int NewExits { get; private set; }

    /// <summary>What the leader has paid so far (bn USD), threats' costs included.</summary>
    public double BudgetSpent { get; private set; }

    /// <summary>Whether the coalition is UN-authorised in the current month.</summary>
    public bool UnAuthorised { get; private set; }

    /// <summary>Whether agent <paramref name="agent"/> is a member.</summary>
    public bool IsMember(int agent) => _member[agent];

    /// <summary>The step agent <paramref name="agent"/> joined (0: an initial member; −1: never).</summary>
    public long JoinedStep(int agent) => _joinedStep[agent];

    /// <summary>The step agent <paramref name="agent"/> left (−1: it has not).</summary>
    public long LeftStep(int agent) => _leftStep[agent];

    /// <summary>Agent <paramref name="agent"/>'s exit hazard in the last step (0 when it was not at risk).</summary>
    public double Hazard(int agent) => _hazard[agent];

    /// <summary>What the leader paid agent <paramref name="agent"/> (bn USD).</summary>
    public double Paid(int agent) => _paid[agent];

    private void Scheduled()
    {
        long step = StepCount + 1;
        UnAuthorised = _setup.IsUnAuthorised(step);
        if (!_scheduled)
            return;
        for (int i = 0; i < _n; i++)
        {
            if (_member[i] && _setup.ScheduledExitStep[i] == step)
            {
                Leave(i, step);
                ScheduledExits++;
            }
        }
    }

    private void Exit()
    {
        long step = StepCount + 1;
        int recent = 0;
        foreach (int e in _recentExits)
            recent += e;
        double share = recent + Members > 0 ? (double)recent / (recent + Members) : 0;
        double factor = UnAuthorised ? _unFactor : 1;
        int leaving = 0;
        for (int i = 0; i < _n; i++)
        {
            double u = Random.NextDouble();
            _hazard[i] = 0;
            if (!_member[i] || i == _leader || _joinedStep[i] >= step)
                continue;
            double x = (_bE * _setup.ElectionPast(i, step)) + (_bG * _setup.GovernmentChangePast(i, step))
                + (_bC * _setup.LogCasualtiesPast(i, step)) + (_bH * _setup.HostagePast(i, step))
                + (_bX * share) - (_bS * (_paidFrom[i] <= step ? 1 : 0)) - (_bN * _commitment[i]);
            double h = _h0 * Math.Exp(x) * factor;
            _hazard[i] = h;
            if (h > 0 && u < 1 - Math.Exp(-h))
                _leaving[leaving++] = i;
        }

        for (int l = 0; l < leaving; l++)
            Leave(_leaving[l], step);
        NewExits = leaving;
        Exits += leaving;
        _recentExits[(int)(step % _recentExits.Length)] = leaving;
    }

    private void Recruit()
    {
        long step = StepCount + 1;
        NewMembers = 0;
        if (step > _window)
            return;
        for (int i = 0; i < _n; i++)
            _uniform[i] = Random.NextDouble();
        for (int r = 0; r < _n; r++)
        {
            int i = _ranking[r];
            if (_member[i] || !_available[i] || _leftStep[i] >= 0)
                continue;
            double left = Math.Max(0, _budget - BudgetSpent);
            double pay = Math.Min(_offer[i], left);
            bool threat = _threat[i] && left > 0 && left - pay >= _threatCost;
            double u = _uniform[i];
            double noise = u <= 0 ? double.NegativeInfinity : Math.Log(u / (1 - u));
            double utility = _baseUtility[i] + (pay > 0 ? _betaPay * Math.Log(1 + (pay / _paymentScale)) : 0) + (threat ? _betaThreat : 0);
            if (utility + noise <= 0)
                continue;
            JoinAt(i, step);
            NewMembers++;
            double cost = pay + (threat ? _threatCost : 0);
            BudgetSpent += cost;
            if (pay > 0)
            {
                _paid[i] = pay;
                _paidFrom[i] = Math.Min(_paidFrom[i], step);
            }
        }
    }

    private void JoinAt(int agent, long step)
    {
        _member[agent] = true;
        _joinedStep[agent] = step;
        Members++;
        Joined++;
        if (_troops[agent])
            TroopContributors++;
    }

    private void Leave(int agent, long step)
    {
        _member[agent] = false;
        _leftStep[agent] = step;
        Members--;
        if (_troops[agent])
            TroopContributors--;
    }
}
