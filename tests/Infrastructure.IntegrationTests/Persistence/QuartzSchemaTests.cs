using CleanPlatform.Infrastructure.Persistence.Quartz;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Quartz;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence;

public sealed class QuartzSchemaTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Scripts => [QuartzSchema.PostgresScript, QuartzSchema.SqlServerScript];

    // The copies beside QuartzSchema are upstream's bytes (line endings aside); after a Quartz upgrade,
    // CLEANPLATFORM_UPDATE_SNAPSHOTS=1 copies the new package's scripts over them, to be read as a diff.
    [Theory, MemberData(nameof(Scripts))]
    public void EmbeddedScript_EachDialect_EqualsTheReferencedQuartzPackagesScript(string script)
    {
        var upstream = Read(typeof(IScheduler).Assembly.GetManifestResourceStream(QuartzSchema.PackageResourcePrefix + script));

        var embedded = Read(typeof(QuartzSchema).Assembly.GetManifestResourceStream(typeof(QuartzSchema), script));

        var path = Path.Combine(PostgresServer.RepositoryRoot(), "src", "Infrastructure", "Persistence", "Quartz", script);
        if (Environment.GetEnvironmentVariable("CLEANPLATFORM_UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(path, upstream.Replace("\n", "\r\n", StringComparison.Ordinal));
        embedded.Should().Be(upstream,
            "{0} is the referenced Quartz package's schema, copied verbatim; after an upgrade, copy it again with CLEANPLATFORM_UPDATE_SNAPSHOTS=1 and add a migration for what changed",
            script);
    }

    [Fact]
    public async Task Migrate_PostgresDownPastTheQuartzTables_DropsEveryTableTheScriptCreates()
    {
        await using var database = await TestDatabase.MigratedAsync("Postgres", Ct);
        await using var context = database.NewContext();
        var created = QuartzSchema.Statements(QuartzSchema.PostgresScript, QuartzSchema.PostgresTablePrefix)
            .Count(s => s.Contains("CREATE TABLE", StringComparison.Ordinal));
        var before = await QuartzTablesAsync(context);

        await context.GetService<IMigrator>().MigrateAsync(context.Database.GetMigrations().First(), cancellationToken: Ct);

        before.Should().HaveCount(created).And.Contain(["qrtz_job_details", "qrtz_locks", "qrtz_job_status"]);
        (await QuartzTablesAsync(context)).Should().BeEmpty("the migration's Down drops every table its Up created");
    }

    private static Task<List<string>> QuartzTablesAsync(DbContext context) =>
        context.Database.SqlQueryRaw<string>(
                """SELECT table_name AS "Value" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'qrtz\_%'""")
            .ToListAsync(Ct);

    private static string Read(Stream? resource)
    {
        resource.Should().NotBeNull("the script is an embedded resource under the name QuartzSchema reads");
        using var reader = new StreamReader(resource!);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
