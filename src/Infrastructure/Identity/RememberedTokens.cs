using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CleanPlatform.Infrastructure.Identity;

/// <summary>
/// Validates access tokens, and remembers the ones it found valid until they expire: a client sends the same
/// token with every request for its 15 minutes, and parsing it again (JSON, claims, signature) was the largest
/// single cost of an authenticated request. Only the exact token string hits; its lifetime is checked again on
/// every use, on the configured clock. What the token may do is not remembered here: the bearer scheme still
/// checks the caller's current access (active, security stamp, roles, plan) on every request.
/// </summary>
internal sealed class RememberedTokens : JsonWebTokenHandler, IDisposable
{
    /// <summary>How many validated tokens are kept at most (about 3 KB each).</summary>
    public const int MaxEntries = 4_096;

    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token,
        TokenValidationParameters validationParameters)
    {
        if (_valid.TryGetValue(token, out TokenValidationResult? known) && StillLive(known!, validationParameters))
            return known!;

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } validated)
            _valid.Set(token, result, new MemoryCacheEntryOptions
            {
                Size = 1,
                AbsoluteExpiration = DateTime.SpecifyKind(validated.ValidTo, DateTimeKind.Utc) + validationParameters.ClockSkew,
            });
        return result;
    }

    public void Dispose() => _valid.Dispose();

    private static bool StillLive(TokenValidationResult known, TokenValidationParameters parameters)
    {
        var token = known.SecurityToken;
        DateTime? notBefore = token.ValidFrom == DateTime.MinValue ? null : token.ValidFrom;
        DateTime? expires = token.ValidTo == DateTime.MinValue ? null : token.ValidTo;
        try
        {
            // The library's own lifetime rule: the configured LifetimeValidator (our clock), else its default.
            Validators.ValidateLifetime(notBefore, expires, token, parameters);
            return true;
        }
        catch (SecurityTokenException)
        {
            return false;
        }
    }
}
