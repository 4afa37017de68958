using System.Net.Http.Headers;
using CleanPlatform.Infrastructure.Callers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The real API over HTTP on a real database, migrated once per factory. Limits are sized for tests:
/// Free allows <see cref="FreeRequestsPerMinute"/> a minute; Pro has a tiny monthly quota for quota tests.
/// </summary>
public abstract partial class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int FreeRequestsPerMinute = 40;
    public const int ProMonthlyQuota = 12;
    public const string Password = "correct-horse-battery";
    public const int SessionDays = 30;
    public static readonly TimeSpan RefreshReuseGrace = TimeSpan.FromSeconds(20);

    private string _connectionString = "";

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The Odds API the host calls: a loopback stub each test answers as it needs.</summary>
    public OddsApiStub OddsApi { get; private set; } = null!;

    protected abstract string Provider { get; }

    protected abstract Task<string> CreateDatabaseAsync(CancellationToken ct);

    public virtual Task ResetAsync(CancellationToken ct) => Task.CompletedTask;

    protected string ConnectionString => _connectionString;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await CreateDatabaseAsync(CancellationToken.None);
        OddsApi = await OddsApiStub.StartAsync();
        _ = Server; // starts the host: migrations and reference data run once here
        await AfterStartAsync();
    }

    protected virtual Task AfterStartAsync() => Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (OddsApi is not null)
            await OddsApi.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("Jwt:SigningKey", "functional-tests-signing-key-of-at-least-32-bytes");
        builder.UseSetting("Plans:Free:RequestsPerMinute", FreeRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Plans:Free:MonthlyQuota", "100000");
        builder.UseSetting("Plans:Pro:RequestsPerMinute", "1000");
        builder.UseSetting("Plans:Pro:MonthlyQuota", ProMonthlyQuota.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:AnonymousRequestsPerMinute", "100000");
        builder.UseSetting("Quartz:ClusterCheckinSeconds", "5");
        // Quartz runs on the fake clock: a test moving it past a cron time would fire the job behind its
        // back. Tests trigger the jobs, or send their commands, themselves.
        builder.UseSetting("Jobs:RunOnSchedule", "false");
        // One reference season (380 matches) is backtested at once, both in the background, 100 matches a chunk.
        builder.UseSetting("Betting:Backtests:InlineMatches", "400");
        builder.UseSetting("Betting:Backtests:ChunkMatches", "100");
        builder.UseSetting("Idempotency:WaitForFirstSeconds", "2");
        builder.UseSetting("Betting:OddsApi:BaseUrl", OddsApi.BaseUrl.ToString());
        // Retries wait on the host's clock, the fake one here: without a delay they never wait on it.
        builder.UseSetting("Betting:OddsApi:RetryBaseDelay", "00:00:00");
        builder.UseSetting("Alerts:Webhooks:RetryDelay", "00:00:00");
        // The tests' webhook receivers listen on loopback.
        builder.UseSetting("Alerts:Webhooks:AllowPrivateAddresses", "true");
        builder.UseSetting("Billing:Webhooks:AllowPrivateAddresses", "true");
        // Tests write usage when they ask (IUsageMeter.FlushAsync), never on a timer in between.
        builder.UseSetting("Usage:FlushIntervalMilliseconds", "3600000");
        // Tests deliver events when they ask (DispatchOutboxAsync), never on a timer in between.
        builder.UseSetting("Outbox:PollInterval", "01:00:00");
        builder.UseSetting("Outbox:DispatchOnCommit", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.RemoveAll<IEmailSender>();
            services.AddSingleton<IEmailSender>(Mailbox);
            services.AddControllers().AddApplicationPart(typeof(ApiFactory).Assembly);
        });
    }

    /// <summary>Signs up a new user with a new organization, opens the account, and returns a client authenticated as them.</summary>
    public async Task<Caller> RegisterAsync(CancellationToken ct, string? email = null)
    {
        email ??= $"user-{Guid.NewGuid():N}@example.test";
        var tokens = await SignUpAndConfirmAsync(
            new { email, password = Password, displayName = "Test User", organizationName = $"Org {email}" }, email, ct);
        return new Caller(email, tokens, AuthorizedClient(tokens.AccessToken));
    }

    /// <summary>Adds a user with <paramref name="role"/> to <paramref name="organizationOf"/>'s organization and logs in.</summary>
    public async Task<Caller> AddMemberAsync(Caller organizationOf, string role, CancellationToken ct)
    {
        var organizationId = await OrganizationIdOfAsync(organizationOf.Email, ct);
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IIdentityService>()
                .CreateUserAsync(new NewUser(email, Password, $"{role} User", organizationId, [role]), ct);
        }

        return await LoginAsync(email, ct);
    }

    /// <summary>Registers a new organization's first user and adds a second user with <paramref name="role"/> to it.</summary>
    public async Task<(Caller First, Caller Added)> RegisterWithMemberAsync(string role, CancellationToken ct)
    {
        var first = await RegisterAsync(ct);
        return (first, await AddMemberAsync(first, role, ct));
    }

    /// <summary>Adds the platform operator (sees every organization) to a fresh organization and logs in.</summary>
    public async Task<Caller> AddPlatformAdminAsync(CancellationToken ct)
    {
        var host = await RegisterAsync(ct);
        var email = $"operator-{Guid.NewGuid():N}@example.test";
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IIdentityService>().CreateUserAsync(
                new NewUser(email, Password, "Operator", await OrganizationIdOfAsync(host.Email, ct), [Roles.Admin],
                    IsPlatformAdmin: true), ct);
        }

        return await LoginAsync(email, ct);
    }

    public async Task<Caller> LoginAsync(string email, CancellationToken ct)
    {
        using var anonymous = CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/identity/login", new { email, password = Password }, ct);
        response.EnsureSuccessStatusCode();
        var tokens = (await response.Content.ReadFromJsonAsync<AuthResponse>(ct))!;
        return new Caller(email, tokens, AuthorizedClient(tokens.AccessToken));
    }

    public HttpClient AuthorizedClient(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> on the database as the system caller "tests", across organizations.</summary>
    public Task<T> InDatabaseAsync<T>(Func<AppDbContext, Task<T>> work) =>
        Services.GetRequiredService<SystemWork>().AcrossOrganizationsAsync(TestsCaller,
            (services, _) => work(services.GetRequiredService<AppDbContext>()), CancellationToken.None);

    /// <summary>Sends a command through the real pipeline as the system caller "tests", across organizations.</summary>
    public Task<T> SendAsync<T>(Mediator.ICommand<T> command) =>
        Services.GetRequiredService<SystemWork>().AcrossOrganizationsAsync(TestsCaller,
            async (services, ct) => await services.GetRequiredService<Mediator.ISender>().Send(command, ct),
            CancellationToken.None);

    /// <summary>The name the test helpers' system caller goes by in audit trails.</summary>
    public const string TestsCaller = "tests";

    public Task<Guid> UserIdOfAsync(string email, CancellationToken ct) =>
        InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct));

    /// <summary>Creates an API key for <paramref name="owner"/> through the API (asserting the 201).</summary>
    public static async Task<CreatedApiKeyDto> CreateApiKeyAsync(Caller owner, string name, string[] scopes, CancellationToken ct) =>
        await (await owner.Client.PostJsonAsync("/api/v1/identity/api-keys", new { name, scopes }, ct))
            .ShouldBeAsync<CreatedApiKeyDto>(HttpStatusCode.Created);

    /// <summary>A client that authenticates with <c>X-Api-Key</c>, as an integrator would.</summary>
    public HttpClient ApiKeyClient(string secret)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        return client;
    }

    public Task<Guid> OrganizationIdOfAsync(string email, CancellationToken ct) =>
        InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganizationId).SingleAsync(ct));

    /// <summary>Writes what the nodes keep in memory between flushes: usage counts and API keys' last uses.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await Services.GetRequiredService<IUsageMeter>().FlushAsync(ct);
        await Services.GetRequiredService<CleanPlatform.Infrastructure.Identity.ApiKeyUses>().FlushAsync(ct);
    }

    /// <summary>Delivers the outbox's due events, as the nodes' dispatchers do every few seconds; returns how many it claimed.</summary>
    public async Task<int> DispatchOutboxAsync(CancellationToken ct)
    {
        var dispatcher = Services.GetRequiredService<CleanPlatform.Infrastructure.Outbox.OutboxDispatcher>();
        var claimed = 0;
        for (var batch = await dispatcher.DispatchAsync(ct); batch > 0; batch = await dispatcher.DispatchAsync(ct))
            claimed += batch;
        return claimed;
    }

    /// <summary>Moves the user's organization to another plan, as billing will, telling the access cache.</summary>
    public async Task MoveToPlanAsync(string email, string plan, CancellationToken ct)
    {
        var organizationId = await OrganizationIdOfAsync(email, ct);
        await InDatabaseAsync(db => db.Organizations.Where(o => o.Id == organizationId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.PlanCode, plan), ct));
        Services.GetRequiredService<IAccessStateCache>().EvictOrganization(organizationId);
    }

    public static string ProPlan => Plan.Pro;
}

/// <summary>A registered user, their tokens and a client that sends their access token.</summary>
public sealed record Caller(string Email, AuthResponse Tokens, HttpClient Client);
