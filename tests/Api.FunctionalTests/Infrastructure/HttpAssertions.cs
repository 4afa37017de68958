using System.Text.Json;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

public static class HttpAssertions
{
    /// <summary>Asserts an RFC 9457 problem with the status, traceId and correlationId; returns its JSON.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.TryGetProperty("traceId", out _).Should().BeTrue(body);
        problem.TryGetProperty("correlationId", out _).Should().BeTrue(body);
        return problem;
    }

    /// <summary>Asserts a problem as <see cref="ShouldBeProblemAsync"/> does, carrying the machine-readable <paramref name="code"/>.</summary>
    public static async Task<JsonElement> ShouldBeProblemWithCodeAsync(this HttpResponseMessage response, HttpStatusCode status,
        string code, string because = "")
    {
        var problem = await response.ShouldBeProblemAsync(status);
        problem.GetProperty("code").GetString().Should().Be(code, because);
        return problem;
    }

    /// <summary>Asserts a 400 problem as <see cref="ShouldBeProblemAsync"/> does; returns the names of the fields its errors list.</summary>
    public static async Task<IReadOnlyList<string>> ShouldBeInvalidAsync(this HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        return [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)];
    }

    public static async Task<T> ShouldBeAsync<T>(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>POSTs nothing to <paramref name="url"/>, as starting a run does, asserting a 200; returns the body.</summary>
    public static async Task<T> RunAsync<T>(this HttpClient client, string url, CancellationToken ct) =>
        await (await client.PostAsync(url, null, ct)).ShouldBeAsync<T>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body,
        CancellationToken ct) => client.PostAsJsonAsync(url, body, ct);
}
