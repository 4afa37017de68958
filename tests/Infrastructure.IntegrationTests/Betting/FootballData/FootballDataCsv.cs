using System.Text;
using CleanPlatform.Application.Betting.ImportFootballData;
using CleanPlatform.Infrastructure.Betting.FootballData;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.FootballData;

/// <summary>Runs the reader over handmade text or a season file kept in the repository.</summary>
internal static class FootballDataCsv
{
    public static Task<List<FootballDataEntry>> ReadAsync(string text) => ReadAsync(Encoding.UTF8.GetBytes(text));

    public static async Task<List<FootballDataEntry>> ReadAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await ReadAsync(stream);
    }

    public static async Task<List<FootballDataEntry>> ReadSeasonAsync(string fileName)
    {
        var path = Path.Combine(PostgresServer.RepositoryRoot(), "tests", "TestSupport", "Data", "football-data", fileName);
        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream);
    }

    public static FootballDataRow Single(this IEnumerable<FootballDataEntry> entries, int lineNumber) =>
        entries.OfType<FootballDataRow>().Single(r => r.LineNumber == lineNumber);

    public static FootballDataPrice Price(this FootballDataRow row, string bookmaker, FootballDataMarket market,
        FootballDataSnapshot snapshot = FootballDataSnapshot.PreClosing) =>
        row.Prices.Single(p => p.Bookmaker == bookmaker && p.Market == market && p.Snapshot == snapshot);

    public static decimal[] Odds(this FootballDataPrice price) => [.. price.Outcomes.Select(o => o.Odds)];

    public static decimal?[] Lines(this FootballDataPrice price) => [.. price.Outcomes.Select(o => o.Line)];

    private static async Task<List<FootballDataEntry>> ReadAsync(Stream stream)
    {
        var entries = new List<FootballDataEntry>();
        await foreach (var entry in new FootballDataReader().ReadAsync(stream, TestContext.Current.CancellationToken))
            entries.Add(entry);
        return entries;
    }
}
