namespace CleanPlatform.Infrastructure.Identity;

/// <summary>Configuration section <c>Jwt</c>.</summary>
public sealed class JwtOptions
{
    public string Issuer { get; set; } = "cleanplatform";
    public string Audience { get; set; } = "cleanplatform";

    public const int MinimumKeyBytes = 32;

    /// <summary>At least 32 bytes. Every node must share it; when empty a random one is made at start-up.</summary>
    public string SigningKey { get; set; } = "";

    public int AccessTokenMinutes { get; set; } = 15;
    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>A session's absolute life from login: after it the user signs in again, however active.</summary>
    public int SessionDays { get; set; } = 30;

    /// <summary>Seconds after a refresh during which the consumed token still gets the same new pair (two tabs).</summary>
    public int RefreshReuseGraceSeconds { get; set; } = 20;
}
