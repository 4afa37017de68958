using CleanPlatform.Application.Common.Persistence;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence;

/// <summary>A set-based update through the helper stamps rows as a tracked save would, on each provider.</summary>
public sealed class AuditedUpdatesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExecuteAsync_MatchingRows_SetsValuesBumpsVersionAndStampsCallerAndTime(string provider)
    {
        await using var database = await TestDatabase.MigratedAsync(provider, Ct);
        var (moved, kept) = await SeedAsync(database);
        var userId = Guid.NewGuid();
        var caller = Substitute.For<ICurrentUser>();
        caller.UserId.Returns(userId);
        await using var context = database.NewContext();

        var count = await new AuditedUpdates(caller, new FakeTimeProvider(Now))
            .ExecuteAsync(context.Organizations.Where(o => o.Id == moved), s => s.SetProperty(o => o.PlanCode, Plan.Pro), Ct);

        count.Should().Be(1);
        await using var check = database.NewContext();
        var rows = await check.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, Ct);
        rows[moved].Should().BeEquivalentTo(new { PlanCode = Plan.Pro, Version = 8, UpdatedAt = (DateTimeOffset?)Now, UpdatedBy = (Guid?)userId });
        rows[kept].Should().BeEquivalentTo(new { PlanCode = Plan.Free, Version = 7, UpdatedAt = (DateTimeOffset?)null, UpdatedBy = (Guid?)null });
    }

    /// <summary>Two organizations at version 7, never updated: the one to move and one to leave alone.</summary>
    private static async Task<(Guid Moved, Guid Kept)> SeedAsync(TestDatabase database)
    {
        await using var context = database.NewContext();
        context.Plans.AddRange(Plan.Define(Plan.Free, 60, 10_000), Plan.Define(Plan.Pro, 600, 100_000));
        var moved = Organization.Open("Moved", Plan.Free, Now.AddDays(-1));
        var kept = Organization.Open("Kept", Plan.Free, Now.AddDays(-1));
        moved.Version = kept.Version = 7;
        context.Organizations.AddRange(moved, kept);
        await context.SaveChangesAsync(Ct);
        return (moved.Id, kept.Id);
    }
}
