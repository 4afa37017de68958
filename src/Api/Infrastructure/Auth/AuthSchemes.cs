namespace CleanPlatform.Api.Infrastructure.Auth;

internal static class AuthSchemes
{
    public const string Bearer = "Bearer";
    public const string ApiKey = "ApiKey";
    public const string BearerOrApiKey = "BearerOrApiKey";
    public const string ApiKeyHeader = "X-Api-Key";
}
