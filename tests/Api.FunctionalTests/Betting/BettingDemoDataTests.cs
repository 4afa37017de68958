using CleanPlatform.Domain.Betting;
using CleanPlatform.Infrastructure.Betting.Seeding;
using CleanPlatform.Infrastructure.Callers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>The demo organization's matches: the season files of a folder, imported as its background work.</summary>
public abstract class BettingDemoDataTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Seed_WithAFolderOfSeasons_ImportsEachThenRaisesOpportunitiesAndSettlesBetsOnThem()
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
        var ownerId = await Api.UserIdOfAsync(owner.Email, Ct);
        var bets = await Api.InDatabaseAsync(db => db.Bets.Where(b => b.OrganizationId == organizationId).ToListAsync(Ct));
        bets.Should().HaveCount(BettingDemoBets.Count).And.OnlyContain(b =>
            b.UserId == ownerId && b.OpportunityId != null && b.Status != BetStatus.Pending && b.PlacedAt < b.SettledAt);
        bets.Should().Contain(b => b.ClvFair != null, "Pinnacle's close is in the file");
        (await Api.InDatabaseAsync(db => db.Opportunities.CountAsync(o => o.OrganizationId == organizationId && o.Result != null, Ct)))
            .Should().BePositive();
        (await Api.InDatabaseAsync(db => db.AuditEntries.Where(
                a => a.OrganizationId == organizationId && a.SystemName == BettingDemoData.SystemName)
                .Select(a => a.EntityType).ToListAsync(Ct)))
            .Should().Contain(["FootballDataImport", "Opportunity", "Bet"]);
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
        Options.Create(new BettingDemoOptions { FootballDataDirectory = folder }), Api.Time, NullLogger<BettingDemoData>.Instance);
}

[Collection(PostgresApi.Name)]
public sealed class BettingDemoDataPostgresTests(PostgresApiFactory api) : BettingDemoDataTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BettingDemoDataSqliteTests(SqliteApiFactory api) : BettingDemoDataTests<SqliteApiFactory>(api);
