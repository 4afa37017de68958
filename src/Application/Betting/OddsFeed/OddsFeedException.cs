namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>
/// A feed call that failed, with the provider's own <c>message</c> and <c>error_code</c> when it sent them. The
/// message never holds the API key or a URL carrying it.
/// </summary>
public sealed class OddsFeedException : Exception
{
    public OddsFeedException(OddsFeedErrorKind kind, string message, int? statusCode = null, string? errorCode = null,
        OddsFeedQuota? quota = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Quota = quota ?? OddsFeedQuota.Unknown;
    }

    /// <summary>What went wrong.</summary>
    public OddsFeedErrorKind Kind { get; }

    /// <summary>The HTTP status of the last response, or null when none came (network failure, timeout).</summary>
    public int? StatusCode { get; }

    /// <summary>The provider's <c>error_code</c> (<c>INVALID_KEY</c>, <c>OUT_OF_USAGE_CREDITS</c>, …), when sent.</summary>
    public string? ErrorCode { get; }

    /// <summary>The credits the failing response reported.</summary>
    public OddsFeedQuota Quota { get; }
}
