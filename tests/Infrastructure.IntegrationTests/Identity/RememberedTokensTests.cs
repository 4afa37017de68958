using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace CleanPlatform.Infrastructure.IntegrationTests.Identity;

/// <summary>
/// The bearer scheme's token validation as configured in production: a valid token is parsed once and remembered
/// while it lives, and being remembered never makes a token valid that validation would refuse.
/// </summary>
public sealed class RememberedTokensTests : IDisposable
{
    private static readonly JwtOptions Jwt = new() { SigningKey = "remembered-tokens-test-key-0123456789abcdef" };

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly RememberedTokens _tokens = new();
    private readonly JwtBearerOptions _bearer = new();

    public RememberedTokensTests() =>
        new ConfigureJwtBearer(Options.Create(Jwt), _time, _tokens).Configure(_bearer);

    [Fact]
    public void TheBearerScheme_ValidatesWithTheRememberingHandlerOnly() =>
        _bearer.TokenHandlers.Should().ContainSingle().Which.Should().BeSameAs(_tokens);

    [Fact]
    public async Task ValidateToken_SameTokenAgain_IsTheRememberedResult()
    {
        var token = Issue();

        var first = await ValidateAsync(token);
        var second = await ValidateAsync(token);

        first.IsValid.Should().BeTrue();
        second.Should().BeSameAs(first, "the token was parsed once");
    }

    [Fact]
    public async Task ValidateToken_RememberedTokenAfterItsExpiry_IsRefused()
    {
        var token = Issue();
        (await ValidateAsync(token)).IsValid.Should().BeTrue();

        _time.Advance(TimeSpan.FromMinutes(Jwt.AccessTokenMinutes + 1));

        (await ValidateAsync(token)).IsValid.Should().BeFalse();
    }

    [Fact]
    public async Task ValidateToken_RememberedTokenWithAnotherSignature_IsRefused()
    {
        var token = Issue();
        (await ValidateAsync(token)).IsValid.Should().BeTrue();
        var lastSignatureChar = token[^2] == 'A' ? 'B' : 'A';
        var forged = token[..^2] + lastSignatureChar + token[^1];

        (await ValidateAsync(forged)).IsValid.Should().BeFalse();
    }

    [Fact]
    public async Task ValidateToken_InvalidToken_IsNotRemembered()
    {
        var token = Issue(new JwtOptions { SigningKey = "another-key-that-the-api-does-not-trust-0123456789" });

        var first = await ValidateAsync(token);
        var second = await ValidateAsync(token);

        first.IsValid.Should().BeFalse();
        second.Should().NotBeSameAs(first, "a refused token is validated anew each time");
    }

    public void Dispose() => _tokens.Dispose();

    private string Issue(JwtOptions? signer = null)
    {
        var account = new UserAccount(Guid.NewGuid(), "ada@example.com", "Ada", Guid.NewGuid(), false, ["Admin"],
            SecurityStamp: "stamp");
        return new JwtAccessTokenIssuer(Options.Create(signer ?? Jwt)).Issue(account, "Free", _time.GetUtcNow()).Token;
    }

    // The bearer handler clones the parameters for every request.
    private Task<TokenValidationResult> ValidateAsync(string token) =>
        _bearer.TokenHandlers[0].ValidateTokenAsync(token, _bearer.TokenValidationParameters.Clone());
}
