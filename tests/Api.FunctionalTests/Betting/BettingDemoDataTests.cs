using CleanPlatform.Infrastructure.Betting.Seeding;
using CleanPlatform.Infrastructure.Callers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>The demo organization's matches: the season files of a folder, imported as its background work.</summary>
public abstract class BettingDemoDataTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Seed_WithAFolderOfSeasons_ImportsEachAsTheOrganizationsBackgroundWork()
    {
        var owner = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var folder = Directory.CreateTempSubdirectory("demo-seasons-");
        try
        {
            File.Copy(FootballDataUploads.PathOf(FootballDataUploads.Season2023), Path.Combine(folder.FullName, "E0.csv"));

            await Demo(folder.FullName).SeedAsync(organizationId, Ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        (await Api.InDatabaseAsync(db => db.SportEvents.CountAsync(e => e.OrganizationId == organizationId, Ct))).Should().Be(380);
        (await Api.InDatabaseAsync(db => db.AuditEntries.CountAsync(
            a => a.OrganizationId == organizationId && a.SystemName == BettingDemoData.SystemName, Ct))).Should().Be(1);
    }

    [Fact]
    public async Task Seed_WithoutAFolder_LoadsNothing()
    {
        var owner = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);

        await Demo(null).SeedAsync(organizationId, Ct);
        await Demo(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}")).SeedAsync(organizationId, Ct);

        (await Api.InDatabaseAsync(db => db.SportEvents.CountAsync(e => e.OrganizationId == organizationId, Ct))).Should().Be(0);
    }

    private BettingDemoData Demo(string? folder) => new(Api.Services.GetRequiredService<SystemWork>(),
        Options.Create(new BettingDemoOptions { FootballDataDirectory = folder }), NullLogger<BettingDemoData>.Instance);
}

[Collection(PostgresApi.Name)]
public sealed class BettingDemoDataPostgresTests(PostgresApiFactory api) : BettingDemoDataTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BettingDemoDataSqliteTests(SqliteApiFactory api) : BettingDemoDataTests<SqliteApiFactory>(api);
