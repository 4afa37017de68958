using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.Persistence;

/// <summary>
/// The analytics functions translate on every provider. There is no SQL Server here: its SQL is read from the query
/// without running it (SQLite and PostgreSQL run it in the functional tests).
/// </summary>
public sealed class AnalyticsTranslationsTests
{
    [Fact]
    public void DailyOddsSum_SqlServerModel_TranslatesToDateDiffAndFloat()
    {
        using var db = new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=nowhere;Database=none").Options);

        var sql = DailyOddsSum(db).ToQueryString();

        sql.Should().Contain("DATEDIFF_BIG(hour, '1970-01-01T00:00:00+00:00', [b].[PlacedAt]) / 24")
            .And.Contain("SUM(CAST([b0].[Odds] AS float))");
    }

    [Fact]
    public void DailyOddsSum_SqliteModel_DividesTicksAndScaledOdds()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=:memory:").Options);

        var sql = DailyOddsSum(db).ToQueryString();

        sql.Should().Contain($"(\"b\".\"PlacedAt\" - {DateTimeOffset.UnixEpoch.UtcTicks}) / {TimeSpan.TicksPerHour}")
            .And.Contain("SUM(CAST(\"b0\".\"Odds\" AS REAL) / 1000000.0)");
    }

    [Theory]
    [InlineData("1970-01-01T00:59:59Z", 0)]
    [InlineData("1970-01-01T01:00:00Z", 1)]
    [InlineData("2026-12-01T19:30:00+02:00", 498_929)]
    [InlineData("1969-12-31T23:30:00Z", -1)]
    public void UtcHour_InMemory_CountsWholeHoursSinceTheEpochInUtc(string at, long expected) =>
        AnalyticsSql.UtcHour(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    private static IQueryable<object> DailyOddsSum(AppDbContext db) =>
        db.Set<Bet>().GroupBy(b => AnalyticsSql.UtcHour(b.PlacedAt) / 24)
            .Select(g => new { Day = g.Key, Odds = g.Sum(b => AnalyticsSql.OddsValue(b.Odds)) });
}
