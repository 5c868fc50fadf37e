using System.Collections.Immutable;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Analysis;

/// <summary>The outcome of <see cref="Calibration.Fit"/>.</summary>
/// <param name="Scenario">The scenario's id.</param>
/// <param name="Target">The observed curve's label.</param>
/// <param name="Reporter">The model reporter compared with it.</param>
/// <param name="Loss">The loss minimised: <c>rmse</c> or <c>mae</c> of the replicate mean at the observed steps.</param>
/// <param name="Seed">The master seed of the replicates (the same seeds at every evaluation).</param>
/// <param name="Replicates">Replicates per evaluation.</param>
/// <param name="Best">Every parameter: the free ones at their fitted values, the others as given.</param>
/// <param name="Free">The free parameters: range, start and fitted value.</param>
/// <param name="LossValue">The loss at <see cref="Best"/>.</param>
/// <param name="StartLoss">The loss at the start (the first evaluation).</param>
/// <param name="Rmse">The root mean squared error of the mean at <see cref="Best"/>.</param>
/// <param name="Mae">The mean absolute error of the mean at <see cref="Best"/>.</param>
/// <param name="NullLoss">The same loss for a constant curve at the mean of the observed values, for comparison.</param>
/// <param name="Evaluations">The loss evaluations made.</param>
/// <param name="MaxEvaluations">The budget (<c>ScenarioCalibration.Evaluations</c>).</param>
/// <param name="Converged">True when the simplex met its tolerances within the budget.</param>
/// <param name="Points">The per-point fit at <see cref="Best"/>: month, observed, mean, median, 5–95 %.</param>
/// <param name="Trace">Every evaluation in order: the free parameters' values and the loss.</param>
/// <param name="Notes">What the fit had to do (observed points beyond the step limit left out).</param>
public sealed record CalibrationResult(
    string Scenario,
    string Target,
    string Reporter,
    string Loss,
    long Seed,
    int Replicates,
    ParameterSet Best,
    ImmutableArray<FittedParameter> Free,
    double LossValue,
    double StartLoss,
    double Rmse,
    double Mae,
    double NullLoss,
    int Evaluations,
    int MaxEvaluations,
    bool Converged,
    ImmutableArray<FitPoint> Points,
    ImmutableArray<CalibrationEvaluation> Trace,
    ImmutableArray<string> Notes);

/// <summary>A free parameter of a calibration.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Low">The lower end of the range searched.</param>
/// <param name="High">The upper end.</param>
/// <param name="Start">Where the search started (its value as given, clamped into the range).</param>
/// <param name="Value">The fitted value.</param>
public sealed record FittedParameter(string Name, double Low, double High, double Start, double Value);

/// <summary>One loss evaluation of a calibration.</summary>
/// <param name="Index">Its place in order, from 0.</param>
/// <param name="Values">The free parameters' values, in the order of <see cref="CalibrationResult.Free"/>.</param>
/// <param name="Loss">The loss there.</param>
public sealed record CalibrationEvaluation(int Index, ImmutableArray<double> Values, double Loss);
