namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>Why a feed call failed, and so what the caller should do next.</summary>
public enum OddsFeedErrorKind
{
    /// <summary>The key is missing, unknown or deactivated (401): fix the organization's settings.</summary>
    InvalidKey,

    /// <summary>The plan's credits are used up (401 <c>OUT_OF_USAGE_CREDITS</c>): no call succeeds until the quota resets.</summary>
    OutOfCredits,

    /// <summary>Too many calls per second (429), still refused after the retries.</summary>
    RateLimited,

    /// <summary>A parameter the provider rejects (422 and other 4xx): a configuration error, never retried.</summary>
    InvalidRequest,

    /// <summary>The provider failed (5xx), timed out or was unreachable, after the retries.</summary>
    Unavailable,

    /// <summary>The provider answered 2xx with a body that is not the documented shape.</summary>
    InvalidResponse,
}
