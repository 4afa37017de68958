using System.Reflection;
using CleanPlatform.Infrastructure.Persistence.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence;

public sealed class MigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Providers => ["Sqlite", "Postgres", "SqlServer"];

    // What HasPendingModelChanges does, with the differences themselves in the failure message.
    [Theory, MemberData(nameof(Providers))]
    public void Model_EveryProvider_HasNoChangesMissingFromItsMigrations(string provider)
    {
        using var context = DesignTimeContext(provider);

        var snapshot = context.GetService<IMigrationsAssembly>().ModelSnapshot;
        var differences = context.GetService<IMigrationsModelDiffer>().GetDifferences(
            snapshot is null ? null : Finalized(context, snapshot.Model).GetRelationalModel(),
            context.GetService<IDesignTimeModel>().Model.GetRelationalModel());

        snapshot.Should().NotBeNull($"{provider} has migrations, so it has a model snapshot");
        string.Join(", ", differences.Select(Describe)).Should().BeEmpty(
            $"the model and {provider}'s last migration snapshot agree; run build/migrate.sh add <Name> after changing the model");
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

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationOfTheProviderInOrder(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Ct);
        await using var context = database.NewContext();

        await context.Database.MigrateAsync(Ct);

        var migrations = context.Database.GetMigrations().ToList();
        migrations.Should().Equal(MigrationClassesOf(context),
            "every migration class in {0}'s folder is found, by the id of its [Migration] attribute", provider);
        (await context.Database.GetAppliedMigrationsAsync(Ct)).Should().Equal(migrations);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_FreshDatabase_CreatesEveryTableAndColumnTheModelMaps(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Ct);
        await using var context = database.NewContext();

        await context.Database.MigrateAsync(Ct);

        var model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.ToList();
        var mapped = model.SelectMany(t => t.Columns.Select(c => $"{t.Name}.{c.Name}")).ToList();
        var tables = model.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var created = (await ColumnsAsync(context, provider))
            .Where(c => tables.Contains(c[..c.IndexOf('.', StringComparison.Ordinal)])).ToList();
        model.Should().NotBeEmpty();
        string.Join(", ", mapped.Except(created)).Should().BeEmpty("the migrations create every table and column the model maps ({0})", provider);
        string.Join(", ", created.Except(mapped)).Should().BeEmpty("the model's tables have no column it does not map ({0})", provider);
    }

    [Fact]
    public async Task Migrate_FreshPostgresDatabase_CreatesTheSchedulerTables()
    {
        await using var database = await TestDatabase.CreateAsync("Postgres", Ct);
        await using var context = database.NewContext();

        await context.Database.MigrateAsync(Ct);

        (await ColumnsAsync(context, "Postgres")).Should().Contain(["qrtz_locks.lock_name", "qrtz_triggers.trigger_name"]);
    }

    private static AppDbContext DesignTimeContext(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "Postgres" => new PostgresDesignTimeFactory().CreateDbContext([]),
        _ => new SqlServerDesignTimeFactory().CreateDbContext([]),
    };

    private static IModel Finalized(DbContext context, IModel snapshot) =>
        context.GetService<IModelRuntimeInitializer>().Initialize(
            snapshot is IMutableModel mutable ? mutable.FinalizeModel() : snapshot);

    private static string Describe(MigrationOperation operation) => operation switch
    {
        ColumnOperation c => $"{operation.GetType().Name} {c.Table}.{c.Name}",
        ITableMigrationOperation t => $"{operation.GetType().Name} {t.Table}",
        _ => operation.GetType().Name,
    };

    // The migrations in the snapshot's namespace (the provider's folder), found by reflection rather than by
    // EF, so that one missing its [DbContext] or [Migration] attribute shows up instead of being skipped.
    private static List<string> MigrationClassesOf(DbContext context)
    {
        var folder = context.GetService<IMigrationsAssembly>().ModelSnapshot!.GetType().Namespace;
        return [.. typeof(AppDbContext).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.Namespace == folder)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id ?? $"{t.Name} (no [Migration] attribute)")
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Every column of the database's tables, as <c>table.column</c>.</summary>
    private static Task<List<string>> ColumnsAsync(DbContext context, string provider) =>
        context.Database.SqlQueryRaw<string>(provider == "Sqlite"
            ? """SELECT m.name || '.' || p.name AS "Value" FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'"""
            : """SELECT table_name || '.' || column_name AS "Value" FROM information_schema.columns WHERE table_schema = current_schema()""")
            .ToListAsync(Ct);

    private static string Normalize(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
}
