using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Reports;

/// <summary>What a report is made from: the coalitions, their classifications under one codebook, and the property space.</summary>
/// <param name="Coalitions">The coalitions, in report order.</param>
/// <param name="Classifications">Each coalition's classification, in the same order.</param>
/// <param name="Space">The property space over the classifications.</param>
/// <param name="Codebook">The codebook that classified them.</param>
public sealed record ReportData(
    ImmutableArray<Coalition> Coalitions,
    ImmutableArray<CaseClassification> Classifications,
    PropertySpace Space,
    TypologyCodebook Codebook)
{
    /// <summary>Classifies the coalitions under the codebook and builds the property space.</summary>
    public static ReportData Build(IEnumerable<Coalition> coalitions, TypologyCodebook codebook, bool withReadings = false)
    {
        var list = coalitions.ToImmutableArray();
        var classifications = new TypologyEngine(codebook, withReadings).ClassifyAll(list);
        return new ReportData(list, classifications, PropertySpace.Build(classifications, codebook), codebook);
    }

    /// <summary>The antecedent links between the coalitions, as a graph: the data of the lineage chart and table.</summary>
    /// <remarks>Computed on each call from <see cref="Coalitions"/> and <see cref="Classifications"/>.</remarks>
    public LineageGraph Lineage => LineageGraph.Of(Coalitions, Classifications);

    /// <summary>The coalition with this id.</summary>
    /// <exception cref="KeyNotFoundException">No coalition in the report has it.</exception>
    public Coalition Coalition(CoalitionId id) =>
        Coalitions.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"no coalition '{id}' in the report");

    /// <summary>The classification of the coalition with this id, if it is in the report.</summary>
    public CaseClassification? Classification(string id) => Classifications.FirstOrDefault(c => c.Case.Value == id);
}
