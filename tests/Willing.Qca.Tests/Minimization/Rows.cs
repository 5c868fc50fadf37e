namespace Willing.Qca.Tests.Minimization;

/// <summary>Truth-table rows written as in a table: the first character is condition 0.</summary>
internal static class Rows
{
    /// <summary>The code of a row such as <c>"10101"</c> (condition 0 first).</summary>
    public static uint Code(string values)
    {
        uint code = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] == '1')
                code |= 1u << i;
        }

        return code;
    }

    public static uint[] Codes(params string[] rows) => [.. rows.Select(Code)];
}
