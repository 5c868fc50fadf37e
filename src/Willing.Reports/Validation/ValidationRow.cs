using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Typology.Classification;

namespace Willing.Reports.Validation;

/// <summary>One case the paper places: its reading, what the reading leads an expert to expect, and where Willing puts it, with and without the readings.</summary>
/// <param name="Case">The case's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Reading">The paper's placement, passage and note (<see cref="Coalition.Cooper"/>).</param>
/// <param name="Expected">The expected cell, or null when the placement implies none.</param>
/// <param name="Willing">Willing's classification by default: the paper's readings left out.</param>
/// <param name="WithReadings">Willing's classification with the paper's readings counted.</param>
/// <param name="Verdict">How <paramref name="Willing"/> stands to the expectation.</param>
/// <param name="VerdictWithReadings">How <paramref name="WithReadings"/> stands to it.</param>
/// <param name="Findings">For each set on which the default classification departs from the expectation (other side, undetermined or at the crossover), why; in the order H, C, S, T, R.</param>
public sealed record ValidationRow(
    CoalitionId Case,
    string Name,
    CooperReading Reading,
    PaperExpectation? Expected,
    CaseClassification Willing,
    CaseClassification WithReadings,
    ValidationVerdict Verdict,
    ValidationVerdict VerdictWithReadings,
    ImmutableArray<AxisFinding> Findings);
