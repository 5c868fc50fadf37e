using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Data;

/// <summary>A reporter with its typed function: on the model (agent ignored) or on one agent (by index).</summary>
internal sealed class Reporter<TModel>(ReporterDefinition definition, Delegate report) where TModel : Model
{
    public ReporterDefinition Definition => definition;

    public void Append(TModel model, int agent, GrowableColumn column)
    {
        switch (report)
        {
            case Func<TModel, long> f: column.Add(f(model)); break;
            case Func<TModel, double> f: column.Add(f(model)); break;
            case Func<TModel, string> f: column.Add(f(model)); break;
            case Func<TModel, bool> f: column.Add(f(model)); break;
            case Func<TModel, int, long> f: column.Add(f(model, agent)); break;
            case Func<TModel, int, double> f: column.Add(f(model, agent)); break;
            case Func<TModel, int, string> f: column.Add(f(model, agent)); break;
            case Func<TModel, int, bool> f: column.Add(f(model, agent)); break;
            default: throw new InvalidOperationException($"the reporter {definition.Name} has an unexpected function type");
        }
    }

    public static ColumnType TypeOf(Delegate report) => report switch
    {
        Func<TModel, long> or Func<TModel, int, long> => ColumnType.Long,
        Func<TModel, double> or Func<TModel, int, double> => ColumnType.Double,
        Func<TModel, string> or Func<TModel, int, string> => ColumnType.String,
        _ => ColumnType.Bool,
    };
}
