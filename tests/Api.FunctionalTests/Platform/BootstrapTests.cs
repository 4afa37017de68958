using System.Net;
using CleanPlatform.Api.FunctionalTests.Identity;
using CleanPlatform.Api.FunctionalTests.Infrastructure;
using CleanPlatform.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>What a start creates: the platform administrator when named, demo data only when asked for.</summary>
[Collection(SqliteApi.Name)]
public sealed class BootstrapTests(SqliteApiFactory api) : ApiTest<SqliteApiFactory>(api)
{
    [Fact]
    public async Task Start_WithPlatformAdminEmail_CreatesTheOperatorInAnOrganizationOfItsOwn()
    {
        var email = $"operator-{Guid.NewGuid():N}@example.test";
        await using var host = Api.WithWebHostBuilder(b => b
            .UseSetting("Platform:AdminEmail", email)
            .UseSetting("Platform:AdminPassword", ApiFactory.Password));
        _ = host.Server;

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
        await using var refused = ProductionHost(forced: false, out var refusedDb);
        _ = refused.Server;
        await using var forced = ProductionHost(forced: true, out var forcedDb);
        _ = forced.Server;

        (await DemoAdminsAsync(refused)).Should().BeEmpty();
        (await DemoAdminsAsync(forced)).Should().ContainSingle()
            .Which.IsPlatformAdmin.Should().BeFalse("the demo organization's Admin does not run the platform");
        DeleteDatabase(refusedDb);
        DeleteDatabase(forcedDb);
    }

    private WebApplicationFactory<Program> ProductionHost(bool forced, out string file)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cleanplatform-bootstrap-{Guid.NewGuid():N}.db");
        file = path;
        return Api.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("ConnectionStrings:Default", $"Data Source={path}")
            .UseSetting("Seed:DemoData", "true")
            .UseSetting("Seed:AllowDemoDataInProduction", forced ? "true" : "false"));
    }

    private static async Task<List<CleanPlatform.Infrastructure.Identity.ApplicationUser>> DemoAdminsAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CleanPlatform.Infrastructure.Persistence.AppDbContext>();
        return await db.Users.Where(u => u.Email == DemoDataSeeder.Users[0].Email).ToListAsync(Ct);
    }

    private static void DeleteDatabase(string file)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
