using System.Runtime.CompilerServices;
using CleanPlatform.Application.Betting.ImportFootballData;
using nietras.SeparatedValues;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>Reads football-data.co.uk files row by row with Sep; only the current row is held in memory.</summary>
internal sealed class FootballDataReader : IFootballDataReader
{
    public async IAsyncEnumerable<FootballDataEntry> ReadAsync(Stream csv,
        [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(csv);

        // The header is read as a row, not by Sep, so its padding and repeated names are ours to handle; rows
        // shorter or longer than the header are normal in old files.
        using var reader = await Sep.New(',')
            .Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .FromAsync(csv, leaveOpen: true, ct);
        FootballDataColumns? columns = null;
        while (await reader.MoveNextAsync(ct))
        {
            if (reader.Current.IsBlank())
                continue;
            if (columns is null)
                columns = FootballDataColumns.From(new FootballDataHeader(reader.Current.ToHeaderNames()));
            else
                yield return FootballDataRowParser.Parse(reader.Current, columns);
        }
    }
}
