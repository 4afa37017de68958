using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CleanPlatform.Infrastructure.Identity;

internal sealed class JwtAccessTokenIssuer(IOptions<JwtOptions> options) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();

    public TimeSpan RefreshTokenLifetime => TimeSpan.FromDays(options.Value.RefreshTokenDays);

    public TimeSpan SessionLifetime => TimeSpan.FromDays(options.Value.SessionDays);

    public TimeSpan RefreshReuseGrace => TimeSpan.FromSeconds(options.Value.RefreshReuseGraceSeconds);

    public (string Token, DateTimeOffset ExpiresAt) Issue(UserAccount account, string planCode, DateTimeOffset now)
    {
        var o = options.Value;
        var expiresAt = now.AddMinutes(o.AccessTokenMinutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = o.Issuer,
            Audience = o.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            // The stamp ties the token to the password and active state it was issued under.
            Subject = new ClaimsIdentity(PlatformClaims.For(account, planCode)
                .Append(new Claim(PlatformClaims.SecurityStamp, account.SecurityStamp))),
            SigningCredentials = new SigningCredentials(SigningKey(o), SecurityAlgorithms.HmacSha256),
        });
        return (token, expiresAt);
    }

    public static SymmetricSecurityKey SigningKey(JwtOptions o) => new(Encoding.UTF8.GetBytes(o.SigningKey));
}
