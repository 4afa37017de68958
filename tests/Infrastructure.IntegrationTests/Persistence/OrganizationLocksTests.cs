namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence;

/// <summary>The per-organization lock: held by a transaction, keyed the same on every node.</summary>
public sealed class OrganizationLocksTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void KeyOf_SameNameInAnyProcess_IsTheSameKeyAndOtherOrganizationsDiffer()
    {
        var organization = Guid.Parse("0199a0c4-7e58-7e5a-b12f-9293600a31ac");

        OrganizationLocks.KeyOf($"Import:{organization:N}").Should().Be(OrganizationLocks.KeyOf($"Import:{organization:N}"));
        OrganizationLocks.KeyOf($"Import:{organization:N}").Should().NotBe(OrganizationLocks.KeyOf($"Import:{Guid.NewGuid():N}"));
        OrganizationLocks.KeyOf("Import:x").Should().Be(-5614847132216585472L, "the key is the first 8 bytes of SHA-256, little-endian, whatever the process");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AcquireAsync_OutsideATransaction_ThrowsAndInsideOneHolds(string provider)
    {
        await using var database = await TestDatabase.MigratedAsync(provider, Ct);
        await using var context = database.NewContext();
        var locks = new OrganizationLocks(context);

        var outside = () => locks.AcquireAsync("Import", Guid.NewGuid(), Ct);
        await outside.Should().ThrowAsync<InvalidOperationException>();
        await using var transaction = await context.Database.BeginTransactionAsync(Ct);
        await locks.AcquireAsync("Import", Guid.NewGuid(), Ct);
        await transaction.CommitAsync(Ct);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AcquireAsync_ManyOrganizations_HoldsEachUntilTheTransactionEnds(string provider)
    {
        await using var database = await TestDatabase.MigratedAsync(provider, Ct);
        await using var context = database.NewContext();
        var locks = new OrganizationLocks(context);
        Guid[] organizations = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

        var outside = () => locks.AcquireAsync("Renew", organizations, Ct);
        await outside.Should().ThrowAsync<InvalidOperationException>();
        await using var transaction = await context.Database.BeginTransactionAsync(Ct);
        await locks.AcquireAsync("Renew", [.. organizations, organizations[0]], Ct);
        if (provider == "Postgres")
        {
            await using var other = database.NewContext();
            foreach (var organization in organizations)
                (await TryLockAsync(other, $"Renew:{organization:N}")).Should().BeFalse("the batch holds every organization's lock");
            (await TryLockAsync(other, $"Renew:{Guid.NewGuid():N}")).Should().BeTrue();
        }

        await transaction.CommitAsync(Ct);
    }

    private static async Task<bool> TryLockAsync(AppDbContext context, string name) =>
        await context.Database.SqlQueryRaw<bool>("SELECT pg_try_advisory_xact_lock({0}) AS \"Value\"", OrganizationLocks.KeyOf(name))
            .SingleAsync(Ct);

    [Fact]
    public void SqlServerLock_IsOwnedByTheTransactionAndFailsRatherThanGoOnWithoutIt()
    {
        OrganizationLocks.SqlServerLock.Should().Contain("@LockOwner = 'Transaction'").And.Contain("IF @result < 0 THROW");
    }
}
