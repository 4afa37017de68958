using System.Text;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>Bad input of each kind is a 400 problem that names the field, never a 500, and writes nothing.</summary>
public abstract class ProblemDetailsTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Register_SeveralInvalidFields_ReportsEveryFieldAtOnce()
    {
        using var client = Api.CreateClient();

        var response = await client.PostJsonAsync("/api/v1/identity/register",
            new { email = "not-an-email", password = "short", displayName = "" }, Ct);

        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["email", "password", "displayName"]);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400Problem()
    {
        var user = await Api.RegisterAsync(Ct);

        var response = await PostApiKeyBodyAsync(user, "{\"name\": \"x\", \"scopes\": [");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_WrongType_Returns400NamingTheField()
    {
        var user = await Api.RegisterAsync(Ct);

        var response = await PostApiKeyBodyAsync(user, "{\"name\": \"x\", \"scopes\": [\"Teleport\"]}");

        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).Should().Contain(n => n.Contains("scopes", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Post_OversizedBody_Returns400Problem()
    {
        var user = await Api.RegisterAsync(Ct);
        var huge = new string('x', 2 * 1024 * 1024);

        var response = await PostApiKeyBodyAsync(user, $"{{\"name\": \"{huge}\", \"scopes\": [\"Read\"]}}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_EmptyBody_Returns400Problem()
    {
        var user = await Api.RegisterAsync(Ct);

        var response = await PostApiKeyBodyAsync(user, "");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task List_PageSizeOverLimit_Returns400NamingPageSize()
    {
        var user = await Api.RegisterAsync(Ct);

        var response = await user.Client.GetAsync("/api/v1/identity/api-keys?pageSize=500", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
            .TryGetProperty("pageSize", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Delete_UnknownId_Returns404Problem()
    {
        var user = await Api.RegisterAsync(Ct);

        var response = await user.Client.DeleteAsync($"/api/v1/identity/api-keys/{Guid.NewGuid()}", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnexpectedException_Returns500ProblemWithoutInternals()
    {
        var user = await Api.RegisterAsync(Ct);

        var response = await user.Client.GetAsync("/api/v1/tests/failures", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.Should().NotContain("hunter2").And.NotContain("InvalidOperationException").And.NotContain(" at ");
    }

    [Fact]
    public async Task AnyResponse_EchoesTheCallersCorrelationId()
    {
        using var client = Api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "trace-me-123");

        var response = await client.GetAsync("/api/v1/identity/me", Ct);

        response.Headers.GetValues("X-Correlation-Id").Should().Equal("trace-me-123");
        (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized))
            .GetProperty("correlationId").GetString().Should().Be("trace-me-123");
    }

    /// <summary>Posts <paramref name="json"/> to the API-key endpoint as it is, not serialized from an object.</summary>
    private static Task<HttpResponseMessage> PostApiKeyBodyAsync(Caller user, string json) =>
        user.Client.PostAsync("/api/v1/identity/api-keys", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
}

[Collection(PostgresApi.Name)]
public sealed class ProblemDetailsPostgresTests(PostgresApiFactory api) : ProblemDetailsTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class ProblemDetailsSqliteTests(SqliteApiFactory api) : ProblemDetailsTests<SqliteApiFactory>(api);
