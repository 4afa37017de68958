using System.Text.Json;
using System.Text.Json.Nodes;

namespace CleanPlatform.Api.FunctionalTests.Platform;

public abstract class OperationsTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task HealthLive_Always_Returns200()
    {
        using var client = Api.CreateClient();

        var response = await client.GetAsync("/health/live", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task HealthReady_DatabaseAndSchedulerUp_ReturnsHealthy()
    {
        using var client = Api.CreateClient();

        var response = await client.GetAsync("/health/ready", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be("Healthy");
    }

    [Fact]
    public async Task Metrics_AfterTraffic_ExposesHttpAndBusinessCounters()
    {
        await Api.RegisterAsync(Ct);
        using var client = Api.CreateClient();

        var metrics = await client.GetStringAsync("/metrics", Ct);

        metrics.Should().Contain("http_requests_received_total");
        metrics.Should().Contain("cleanplatform_users_registered");
        metrics.Should().Contain("cleanplatform_requests_handled");
    }
}

[Collection(PostgresApi.Name)]
public sealed class OperationsPostgresTests(PostgresApiFactory api) : OperationsTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class OperationsSqliteTests(SqliteApiFactory api) : OperationsTests<SqliteApiFactory>(api)
{
    /// <summary>
    /// The client's types are generated from client/openapi/v1.json: it must be what the API serves.
    /// After an API change run build/openapi.sh: it rewrites it (CLEANPLATFORM_UPDATE_OPENAPI=1), regenerates the types and lints.
    /// </summary>
    [Fact]
    public async Task OpenApiDocument_Served_MatchesTheClientsCommittedCopy()
    {
        using var client = Api.CreateClient();
        var served = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json", Ct))!;
        var path = Path.Combine(PostgresServer.RepositoryRoot(), "client", "openapi", "v1.json");
        var pretty = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        if (Environment.GetEnvironmentVariable("CLEANPLATFORM_UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(path, pretty, Ct);
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path, Ct));

        JsonNode.DeepEquals(served, committed).Should().BeTrue(
            "client/openapi/v1.json must match the served document; regenerate it with build/openapi.sh");
    }
}
