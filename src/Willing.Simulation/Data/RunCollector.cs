using Willing.Core.Model;
using Willing.Simulation.Modeling;

namespace Willing.Simulation.Data;

/// <summary>Mesa's data collector for one run: turns the reporters into the rows of the run's two tables.</summary>
internal sealed class RunCollector<TModel> where TModel : Model
{
    private static readonly string[] KindNames = [.. Enum.GetValues<AgentKind>().Select(k => KebabCase.FromPascal(k.ToString()))];
    private readonly RunContext _context;
    private readonly ReporterSet<TModel> _reporters;
    private readonly CollectionPlan _plan;
    private readonly TableLayout _modelLayout;
    private readonly TableLayout? _agentLayout;
    private readonly GrowableColumn[] _model;
    private readonly GrowableColumn[]? _agents;
    private int _modelRows;
    private int _agentRows;
    private long _lastModelStep = -1;
    private long _lastAgentStep = -1;

    public RunCollector(RunContext context, ReporterSet<TModel> reporters, CollectionPlan plan, TableLayout modelLayout, TableLayout? agentLayout)
    {
        _context = context;
        _reporters = reporters;
        _plan = plan;
        _modelLayout = modelLayout;
        _agentLayout = agentLayout;
        _model = Columns(modelLayout);
        _agents = agentLayout is null ? null : Columns(agentLayout);
    }

    /// <summary>Records the rows due at the model's current step; <paramref name="final"/> says whether the run ends here.</summary>
    public void Collect(TModel model, bool final)
    {
        long step = model.StepCount;
        double month = model.Month;
        if (_plan.Model.IsDue(step, final) && step != _lastModelStep)
        {
            _lastModelStep = step;
            _model[0].Add(step);
            _model[1].Add(month);
            var reporters = _reporters.ModelLevel;
            for (int r = 0; r < reporters.Length; r++)
                reporters[r].Append(model, -1, _model[r + 2]);
            _modelRows++;
        }

        if (_agents is not null && _plan.Agents.IsDue(step, final) && step != _lastAgentStep)
        {
            _lastAgentStep = step;
            var reporters = _reporters.AgentLevel;
            for (int i = 0; i < model.AgentCount; i++)
            {
                var agent = model.AgentAt(i);
                _agents[0].Add(step);
                _agents[1].Add(month);
                _agents[2].Add(agent.Id);
                _agents[3].Add(KindNames[(int)agent.Kind]);
                for (int r = 0; r < reporters.Length; r++)
                    reporters[r].Append(model, i, _agents[r + 4]);
                _agentRows++;
            }
        }
    }

    public RunResult Finish(TModel model) => new(
        _context,
        Table(_modelLayout, _model, _modelRows),
        _agentLayout is null ? null : Table(_agentLayout, _agents!, _agentRows),
        model.StepCount,
        model.StopReason);

    private SimulationTable Table(TableLayout layout, GrowableColumn[] rowColumns, int rows)
    {
        var columns = new ColumnData[layout.Columns.Length];
        columns[0] = ColumnData.Repeat(_context.Run);
        columns[1] = ColumnData.Repeat(_context.Point);
        columns[2] = ColumnData.Repeat(_context.Replicate);
        columns[3] = ColumnData.Repeat(_context.Seed);
        for (int p = 0; p < layout.ParameterCount; p++)
            columns[4 + p] = ColumnData.Repeat(_context.Parameters.Values[p]);
        for (int c = 0; c < rowColumns.Length; c++)
            columns[layout.StepColumn + c] = rowColumns[c].ToData();
        return new SimulationTable(layout, rows, columns);
    }

    private static GrowableColumn[] Columns(TableLayout layout) =>
        [.. layout.Columns.Skip(layout.StepColumn).Select(c => new GrowableColumn(c.Type))];
}
