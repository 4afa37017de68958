using nietras.SeparatedValues;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

internal static class SepRowCells
{
    /// <summary>The trimmed text of a cell; empty when the row is shorter than the header (old files end rows early).</summary>
    public static ReadOnlySpan<char> Cell(this SepReader.Row row, FootballDataColumn column) =>
        column.Index < row.ColCount ? row[column.Index].Span.Trim() : [];

    /// <summary>Whether every cell is blank: an empty line, or a row of only commas as old files end with.</summary>
    public static bool IsBlank(this SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            if (!row[i].Span.IsWhiteSpace())
                return false;
        }

        return true;
    }

    public static string[] ToHeaderNames(this SepReader.Row row)
    {
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
            names[i] = row[i].ToString();
        return names;
    }
}
