using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CleanPlatform.Infrastructure.Identity;

/// <summary>Validates access tokens with the same options <see cref="JwtAccessTokenIssuer"/> signs them with.</summary>
internal sealed class ConfigureJwtBearer(IOptions<JwtOptions> jwt, TimeProvider time, RememberedTokens tokens)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public void Configure(string? name, JwtBearerOptions options) => Configure(options);

    public void Configure(JwtBearerOptions options)
    {
        var o = jwt.Value;
        options.MapInboundClaims = false;
        // Nothing reads the raw token back from the authentication properties; storing it cost a copy and a date
        // formatted on every request.
        options.SaveToken = false;
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(tokens);
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = o.Issuer,
            ValidAudience = o.Audience,
            IssuerSigningKey = JwtAccessTokenIssuer.SigningKey(o),
            NameClaimType = PlatformClaims.Email,
            RoleClaimType = PlatformClaims.Role,
            ClockSkew = ClockSkew,
            // Lifetimes are checked on the same clock that stamped them (TimeProvider), not the wall clock.
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore.Value <= now + ClockSkew)
                    && (expires is null || expires.Value > now - ClockSkew);
            },
        };
    }
}
