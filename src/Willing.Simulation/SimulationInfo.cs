using System.Reflection;

namespace Willing.Simulation;

/// <summary>What this library implements.</summary>
public static class SimulationInfo
{
    /// <summary>The version of the row layout that batch runs write.</summary>
    public const int RowLayoutVersion = 1;

    /// <summary>The build of this library (its informational version, with the git commit the SDK appends), recorded in every batch's fingerprint.</summary>
    public static string CodeVersion { get; } = VersionOf(typeof(SimulationInfo).Assembly);

    /// <summary>The informational version of an assembly, or its assembly version when it has none.</summary>
    public static string VersionOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
    }
}
