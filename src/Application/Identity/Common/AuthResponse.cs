namespace CleanPlatform.Application.Identity.Common;

[ContainsSecret]
public sealed record AuthResponse(string AccessToken, DateTimeOffset AccessTokenExpiresAt, string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt);
