namespace Willing.Core.Model;

/// <summary>When a coalition was active.</summary>
/// <param name="Start">When it began.</param>
/// <param name="End">When it ended; null while it is still active.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Period(PartialDate Start, PartialDate? End, Provenance Provenance);
