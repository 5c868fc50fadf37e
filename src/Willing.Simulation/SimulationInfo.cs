namespace Willing.Simulation;

/// <summary>What this library implements.</summary>
public static class SimulationInfo
{
    /// <summary>The version of the row layout that batch runs write.</summary>
    public const int RowLayoutVersion = 1;
}
