using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Typology.Classification;

namespace Willing.Reports;

/// <summary>A coalition's path through the property space: each period it declares, classified on the evidence dated within it (DESIGN, Time).</summary>
/// <param name="Case">The coalition's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Periods">The classification of each period, in the file's order (<see cref="TypologyEngine.ClassifyPeriods"/>).</param>
public sealed record CaseTrajectory(CoalitionId Case, string Name, ImmutableArray<CaseClassification> Periods);
