using Microsoft.AspNetCore.Hosting;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// One API node of several on one PostgreSQL database and one Redis, as behind a load balancer. Given no
/// database it makes and migrates one; given the first node's, it uses that (start it after the first, so the
/// migrations run once). Given a Redis configuration, it uses that Redis instead of the tests' one.
/// </summary>
public sealed class NodeApiFactory(string? database = null, string? redis = null) : ApiFactory
{
    protected override string Provider => "Postgres";

    public string Database => ConnectionString;

    protected override Task<string> CreateDatabaseAsync(CancellationToken ct) =>
        database is null ? PostgresServer.CreateDatabaseAsync("nodes", ct) : Task.FromResult(database);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Redis:Configuration", redis ?? RedisServer.Configuration);
    }
}

/// <summary>Two nodes, A and B, sharing the database, Redis and the signing key; A starts first.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public NodeApiFactory A { get; private set; } = null!;

    public NodeApiFactory B { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        A = new NodeApiFactory();
        await A.InitializeAsync();
        B = new NodeApiFactory(A.Database);
        await B.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}
