using CleanPlatform.Application.Betting.OddsFeed;

namespace CleanPlatform.Application.Betting.CollectOdds;

/// <summary>Why the Odds API refused a call.</summary>
/// <param name="Code">Stable code: <c>odds_api.invalid_key</c>, <c>odds_api.out_of_credits</c>, <c>odds_api.rate_limited</c>,
/// <c>odds_api.invalid_request</c>, <c>odds_api.unavailable</c> or <c>odds_api.invalid_response</c>.</param>
/// <param name="Title">What happened, in a sentence.</param>
/// <param name="Detail">The provider's own message, without the key.</param>
/// <param name="ProviderStatus">The provider's HTTP status, when it answered.</param>
public sealed record OddsFeedRefusalDto(string Code, string Title, string Detail, int? ProviderStatus)
{
    public const int CodeMaxLength = 32;

    public const int TitleMaxLength = 64;

    /// <summary>The longest detail kept: a provider's message beyond it is cut.</summary>
    public const int DetailMaxLength = 500;

    public static OddsFeedRefusalDto From(OddsFeedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (code, title) = exception.Kind switch
        {
            OddsFeedErrorKind.InvalidKey => ("odds_api.invalid_key", "The Odds API refused the key."),
            OddsFeedErrorKind.OutOfCredits => ("odds_api.out_of_credits", "The Odds API key is out of credits."),
            OddsFeedErrorKind.RateLimited => ("odds_api.rate_limited", "The Odds API is rate limiting the key."),
            OddsFeedErrorKind.InvalidRequest => ("odds_api.invalid_request", "The Odds API rejected the request."),
            OddsFeedErrorKind.InvalidResponse => ("odds_api.invalid_response", "The Odds API sent an unreadable response."),
            _ => ("odds_api.unavailable", "The Odds API is unavailable."),
        };
        var detail = exception.Message.Length > DetailMaxLength ? exception.Message[..DetailMaxLength] : exception.Message;
        return new(code, title, detail, exception.StatusCode);
    }
}
