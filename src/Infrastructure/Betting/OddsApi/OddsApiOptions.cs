namespace CleanPlatform.Infrastructure.Betting.OddsApi;

/// <summary>The Odds API v4 client, under <c>Betting:OddsApi:</c> (docs/operator-guide.md).</summary>
public sealed class OddsApiOptions
{
    public const string Section = "Betting:OddsApi";

    // Polly's own bounds: it refuses fewer than 10 ms for a timeout and more than a day for a delay.
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromDays(1);

    /// <summary>Where the API is; the IPv6-only host or a test stub may replace it.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.the-odds-api.com");

    /// <summary>Retries after a 429, a 5xx, a timed-out attempt or a network error (not after 401 or 422).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry's delay; each next one doubles, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a call may take, retries and their delays included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    internal Uri BaseAddress => BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl : new(BaseUrl.AbsoluteUri + "/");

    internal bool IsValid =>
        BaseUrl is { IsAbsoluteUri: true, Scheme: "https" or "http", Query: "" }
        && MaxRetryAttempts is >= 1 and <= 10
        && RetryBaseDelay >= TimeSpan.Zero && RetryBaseDelay <= LongestDelay
        && AttemptTimeout >= ShortestTimeout && TotalTimeout >= AttemptTimeout && TotalTimeout <= LongestDelay;
}
