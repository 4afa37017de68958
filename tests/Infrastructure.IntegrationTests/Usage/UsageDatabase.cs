using CleanPlatform.Infrastructure.Usage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CleanPlatform.Infrastructure.IntegrationTests.Usage;

/// <summary>A migrated database with one organization, and meters ("nodes") counting its requests.</summary>
internal sealed class UsageDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];
    private readonly string? _sqliteFile;

    private UsageDatabase(string provider, string connectionString, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public Guid OrganizationId { get; private set; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    public static async Task<UsageDatabase> CreateAsync(string provider, CancellationToken ct)
    {
        var file = provider == "Sqlite" ? Path.Combine(Path.GetTempPath(), $"usage-{Guid.NewGuid():N}.db") : null;
        var connectionString = file is not null ? $"Data Source={file}" : await PostgresServer.CreateDatabaseAsync("usage", ct);
        var database = new UsageDatabase(provider, connectionString, file);
        await using var scope = database.Services().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        db.Plans.Add(Plan.Define(Plan.Free, 60, 1000));
        var organization = Organization.Open("Metered", Plan.Free, database.Time.GetUtcNow());
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        database.OrganizationId = organization.Id;
        return database;
    }

    /// <summary>A new node's meter on this database.</summary>
    public BufferedUsageMeter NewNode(ILogger<BufferedUsageMeter>? log = null) =>
        new(Services().GetRequiredService<OwnContexts>(), Time, log ?? NullLogger<BufferedUsageMeter>.Instance);

    /// <summary>A node's record of API keys' last uses on this database.</summary>
    public CleanPlatform.Infrastructure.Identity.ApiKeyUses NewKeyUses() =>
        new(Services().GetRequiredService<OwnContexts>(),
            NullLogger<CleanPlatform.Infrastructure.Identity.ApiKeyUses>.Instance);

    public async Task<long?> WrittenAsync(CancellationToken ct)
    {
        var period = UsagePeriod.Containing(Time.GetUtcNow()).Key;
        await using var db = Services().GetRequiredService<OwnContexts>().AcrossOrganizations("tests");
        return await db.UsageCounters
            .Where(c => c.OrganizationId == OrganizationId && c.Period == period)
            .Select(c => (long?)c.Requests).SingleOrDefaultAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
            await provider.DisposeAsync();
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:Default"] = ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ICurrentUser>(SystemCaller.Instance);
        services.AddPersistence(configuration);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }
}
