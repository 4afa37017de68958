using CleanPlatform.Api.FunctionalTests.Identity;
using CleanPlatform.Infrastructure.Identity;
using CleanPlatform.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>What a start creates: the platform administrator when named, demo data only when asked for.</summary>
[Collection(SqliteApi.Name)]
public sealed class BootstrapTests(SqliteApiFactory api) : ApiTest<SqliteApiFactory>(api)
{
    [Fact]
    public async Task Start_WithPlatformAdminEmail_CreatesTheOperatorInAnOrganizationOfItsOwn()
    {
        var email = $"operator-{Guid.NewGuid():N}@example.test";

        await InitializeAsync(Environments.Production, new()
        {
            ["Platform:AdminEmail"] = email,
            ["Platform:AdminPassword"] = ApiFactory.Password,
        });

        var me = await (await Api.LoginAsync(email, Ct)).Client.GetAsync("/api/v1/identity/me", Ct);
        var body = await me.ShouldBeAsync<AuthenticationTests<SqliteApiFactory>.MeBody>(HttpStatusCode.OK);
        body.IsPlatformAdmin.Should().BeTrue();
        body.Organization.Name.Should().Be(PlatformAdminBootstrap.OrganizationName);
        (await Api.InDatabaseAsync(db => db.Users.CountAsync(u => u.OrganizationId == body.Organization.Id, Ct)))
            .Should().Be(1, "the operator's organization has no tenants' users");
    }

    [Fact]
    public async Task Start_DemoDataAskedForInProduction_LoadsNothingUnlessForced()
    {
        await InitializeAsync(Environments.Production, new() { ["Seed:DemoData"] = "true" });
        var refused = await DemoAdminsAsync();
        await InitializeAsync(Environments.Production,
            new() { ["Seed:DemoData"] = "true", ["Seed:AllowDemoDataInProduction"] = "true" });

        refused.Should().BeEmpty();
        (await DemoAdminsAsync()).Should().ContainSingle()
            .Which.IsPlatformAdmin.Should().BeFalse("the demo organization's Admin does not run the platform");
    }

    // Runs the start-up initializer as a host in that environment with those settings would.
    private async Task InitializeAsync(string environment, Dictionary<string, string?> settings)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(services.GetRequiredService<IConfiguration>())
            .AddInMemoryCollection(settings)
            .Build();
        var db = services.GetRequiredService<AppDbContext>();
        var identity = services.GetRequiredService<IIdentityService>();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var time = services.GetRequiredService<TimeProvider>();
        var initializer = new DatabaseInitializer(db, services.GetRequiredService<RoleManager<ApplicationRole>>(),
            services.GetRequiredService<IOptionsMonitor<PlanOptions>>(), configuration, new Environment(environment),
            new PlatformAdminBootstrap(db, identity, users, configuration, time, NullLogger<PlatformAdminBootstrap>.Instance),
            new DemoDataSeeder(db, identity, users, services.GetServices<IModuleDemoData>(), time,
                NullLogger<DemoDataSeeder>.Instance),
            services.GetServices<IModuleReferenceData>(), NullLogger<DatabaseInitializer>.Instance);
        await initializer.InitializeAsync(Ct);
    }

    private Task<List<ApplicationUser>> DemoAdminsAsync() =>
        Api.InDatabaseAsync(db => db.Users.Where(u => u.Email == DemoDataSeeder.Users[0].Email).ToListAsync(Ct));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "CleanPlatform.Api";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
