namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence.Numbers;

public sealed class NumberQueryPostgresTests : NumberQueryTests
{
    private string? _connectionString;

    protected override string MoneyColumnType => "numeric(18,4)";

    protected override async Task<NumbersDbContext> NewDatabaseAsync()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync("numbers", Ct);
        return NewContext();
    }

    protected override NumbersDbContext NewContext() =>
        new PostgresNumbersDbContext(new DbContextOptionsBuilder<PostgresNumbersDbContext>()
            .UseNpgsql(_connectionString ?? "Host=localhost;Database=numbers").Options);
}
