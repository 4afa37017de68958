namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>
/// SQLite: the embedded default. SQLite cannot order or compare DateTimeOffset, so instants are stored as UTC ticks;
/// it has no decimal type, so decimals are stored as integers at their column's scale (docs/adr/0005).
/// </summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override bool StoresDecimalsAsScaledIntegers => true;

    private protected override AnalyticsTranslations Analytics => AnalyticsTranslations.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
