namespace Willing.Simulation.Parameters;

/// <summary>The type of a parameter, of a reporter and of the result column it fills.</summary>
/// <remarks>Written to Parquet as INT64, DOUBLE, BYTE_ARRAY (UTF-8 string) and BOOLEAN, all required (never null).</remarks>
public enum ColumnType
{
    /// <summary>A 64-bit signed integer.</summary>
    Long,

    /// <summary>A 64-bit IEEE 754 number.</summary>
    Double,

    /// <summary>A UTF-8 string.</summary>
    String,

    /// <summary>True or false.</summary>
    Bool,
}
