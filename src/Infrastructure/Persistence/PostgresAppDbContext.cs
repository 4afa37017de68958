namespace CleanPlatform.Infrastructure.Persistence;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    private protected override AnalyticsTranslations Analytics => AnalyticsTranslations.Postgres;
}
