using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>The header row: column names to positions, and the layout they reveal.</summary>
internal sealed class FootballDataHeader
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    public FootballDataHeader(IEnumerable<string> names)
    {
        var index = 0;
        foreach (var raw in names)
        {
            // Old files pad the header with empty names; a repeated name keeps its first position.
            var name = raw.Trim().TrimStart('\uFEFF');
            if (name.Length > 0)
                _indexes.TryAdd(name, index);
            index++;
        }

        Layout = _indexes.Keys.Any(n => n.StartsWith("Bb", StringComparison.Ordinal))
            ? FootballDataLayout.Betbrain
            : FootballDataLayout.Current;
    }

    public FootballDataLayout Layout { get; }

    /// <summary>The first of <paramref name="names"/> the header has; case matters (<c>AHh</c> is a line, <c>AHH</c> a price).</summary>
    public FootballDataColumn? Find(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_indexes.TryGetValue(name, out var index))
                return new FootballDataColumn(index, name);
        }

        return null;
    }

    /// <summary>All of <paramref name="names"/>, or null when the header lacks any of them.</summary>
    public FootballDataColumn[]? FindAll(params ReadOnlySpan<string> names)
    {
        var columns = new FootballDataColumn[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (Find(names[i]) is not { } column)
                return null;
            columns[i] = column;
        }

        return columns;
    }
}
