namespace CleanPlatform.Infrastructure.Persistence;

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    private protected override AnalyticsTranslations Analytics => AnalyticsTranslations.SqlServer;
}
