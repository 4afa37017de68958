using Npgsql;
using Respawn;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

public sealed class PostgresApiFactory : ApiFactory
{
    private Respawner? _respawner;

    protected override string Provider => "Postgres";

    protected override Task<string> CreateDatabaseAsync(CancellationToken ct) =>
        PostgresServer.CreateDatabaseAsync("api_tests", ct);

    protected override async Task AfterStartAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        // Reference data (plans, their prices, roles), migration history, the scheduler's tables and the Data Protection key ring survive
        // resets: the running app holds the keys in memory and must find them again when it reloads the ring.
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory", "Plans", "BillingPlans", "PlanPrices", "AspNetRoles", "DataProtectionKeys", .. await QuartzTablesAsync(connection)],
        });
    }

    public override async Task ResetAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await _respawner!.ResetAsync(connection);
    }

    private static async Task<Respawn.Graph.Table[]> QuartzTablesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'qrtz%'",
            connection);
        var tables = new List<Respawn.Graph.Table>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            tables.Add(new Respawn.Graph.Table(reader.GetString(0)));
        return [.. tables];
    }
}
