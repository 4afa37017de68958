namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>The credential calls many tests send as a browser would, returning the response unchecked.</summary>
public static class IdentityRequests
{
    public static Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password,
        CancellationToken ct) => client.PostJsonAsync("/api/v1/identity/login", new { email, password }, ct);

    public static Task<HttpResponseMessage> PostRefreshAsync(this HttpClient client, string refreshToken,
        CancellationToken ct) => client.PostJsonAsync("/api/v1/identity/refresh", new { refreshToken }, ct);
}
