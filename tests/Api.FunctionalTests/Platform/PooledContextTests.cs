using CleanPlatform.Infrastructure.Callers;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>Contexts are pooled: one handed back forgets who it worked for.</summary>
public abstract class PooledContextTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Lease_AfterAnotherCallersScope_SeesNoTenantRowsUntilToldItsCaller()
    {
        var user = await Api.RegisterAsync(Ct);
        await ApiFactory.CreateApiKeyAsync(user, "Mine", ["Read"], Ct);
        var seenAcrossOrganizations = await Api.InDatabaseAsync(db => db.ApiKeys.CountAsync(Ct));

        await using var leased = LeaseWithoutCaller();
        var seenByNobody = await leased.ApiKeys.CountAsync(Ct);

        seenAcrossOrganizations.Should().BePositive();
        seenByNobody.Should().Be(0, "a context back from the pool must not keep the last scope's caller");
    }

    [Fact]
    public async Task Dispose_LeasedContext_ForgetsItsCallerBeforeGoingBackToThePool()
    {
        var leased = LeaseWithoutCaller();
        leased.Caller = SystemCaller.Instance;

        await leased.DisposeAsync();

        leased.Caller.Should().BeSameAs(AnonymousCaller.Instance);
    }

    [Fact]
    public async Task Scopes_OneAfterAnother_EachSeeTheirOwnCallersRows()
    {
        var first = await Api.RegisterAsync(Ct);
        var second = await Api.RegisterAsync(Ct);
        await ApiFactory.CreateApiKeyAsync(first, "First's", ["Read"], Ct);
        await ApiFactory.CreateApiKeyAsync(second, "Second's", ["Read"], Ct);

        foreach (var caller in new[] { first, second, first })
        {
            var keys = await (await caller.Client.GetAsync("/api/v1/identity/api-keys", Ct))
                .ShouldBeAsync<CleanPlatform.Application.Common.Models.PagedList<
                    CleanPlatform.Application.Identity.ListApiKeys.ApiKeyDto>>(System.Net.HttpStatusCode.OK);
            keys.Items.Should().ContainSingle().Which.OwnerEmail.Should().Be(caller.Email);
        }
    }

    // The provider's pooled factory, as code that skipped the scope's registration would use it.
    private AppDbContext LeaseWithoutCaller()
    {
        Type contextType;
        using (var scope = Api.Services.CreateScope())
            contextType = scope.ServiceProvider.GetRequiredService<AppDbContext>().GetType();
        var factory = Api.Services.GetRequiredService(typeof(IDbContextFactory<>).MakeGenericType(contextType));
        return (AppDbContext)factory.GetType().GetMethod(nameof(IDbContextFactory<AppDbContext>.CreateDbContext),
            Type.EmptyTypes)!.Invoke(factory, null)!;
    }
}

[Collection(PostgresApi.Name)]
public sealed class PooledContextPostgresTests(PostgresApiFactory api) : PooledContextTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class PooledContextSqliteTests(SqliteApiFactory api) : PooledContextTests<SqliteApiFactory>(api);
