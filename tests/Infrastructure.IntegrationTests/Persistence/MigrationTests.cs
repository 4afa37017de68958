using CleanPlatform.Infrastructure.Persistence;
using CleanPlatform.Infrastructure.Persistence.Design;
using CleanPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence;

public sealed class MigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Providers => ["Sqlite", "Postgres", "SqlServer"];

    [Theory, MemberData(nameof(Providers))]
    public void Model_EveryProvider_HasNoChangesMissingFromItsMigrations(string provider)
    {
        using var context = DesignTimeContext(provider);

        var pending = context.Database.HasPendingModelChanges();

        pending.Should().BeFalse($"run build/migrate.sh add <Name> after changing the model ({provider})");
    }

    [Fact]
    public void SqlServerScript_AllMigrations_MatchesTheReviewedSnapshot()
    {
        using var context = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = Normalize(context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent));

        var path = Path.Combine(PostgresServer.RepositoryRoot(), "tests", "Infrastructure.IntegrationTests", "Snapshots", "sqlserver-migrations.sql");
        if (Environment.GetEnvironmentVariable("CLEANPLATFORM_UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(path, script);
        script.Should().Be(Normalize(File.ReadAllText(path)),
            "the SQL Server migrations changed: review the SQL and update the snapshot with CLEANPLATFORM_UPDATE_SNAPSHOTS=1");
        script.Should().Contain("CREATE TABLE [ApiKeys]").And.Contain("CREATE TABLE QRTZ_LOCKS");
    }

    [Fact]
    public async Task Migrate_FreshSqliteDatabase_CreatesTheSchema()
    {
        var file = Path.Combine(Path.GetTempPath(), $"migrate-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").Options;
        try
        {
            await using (var context = new SqliteAppDbContext(options, SystemCaller.Instance))
            {
                await context.Database.MigrateAsync(Ct);

                (await context.Database.GetPendingMigrationsAsync(Ct)).Should().BeEmpty();
                (await context.ApiKeys.CountAsync(Ct)).Should().Be(0);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Migrate_FreshPostgresDatabase_CreatesTheSchemaAndSchedulerTables()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("migrations", Ct);
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options;
        await using var context = new PostgresAppDbContext(options, SystemCaller.Instance);

        await context.Database.MigrateAsync(Ct);

        (await context.Database.GetPendingMigrationsAsync(Ct)).Should().BeEmpty();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('qrtz_locks', 'qrtz_triggers', 'ApiKeys')", connection);
        ((long)(await command.ExecuteScalarAsync(Ct))!).Should().Be(3);
    }

    private static AppDbContext DesignTimeContext(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "Postgres" => new PostgresDesignTimeFactory().CreateDbContext([]),
        _ => new SqlServerDesignTimeFactory().CreateDbContext([]),
    };

    private static string Normalize(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
}
