using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>A completed match with its final score and every price stored for it, as studies and backtests read it.</summary>
public sealed class StudyMatch(Guid eventId, string competition, DateTimeOffset kickOffUtc, string homeTeam, string awayTeam, Score score)
{
    private readonly Dictionary<StudyQuoteKey, StudyQuote> _quotes = [];

    public Guid EventId { get; } = eventId;

    /// <summary>The competition's key (<c>E0</c>).</summary>
    public string Competition { get; } = competition;

    public DateTimeOffset KickOffUtc { get; } = kickOffUtc;

    public string HomeTeam { get; } = homeTeam;

    public string AwayTeam { get; } = awayTeam;

    public Score Score { get; } = score;

    /// <summary>Every bookmaker's market of the match, by bookmaker, snapshot, market and line.</summary>
    public IReadOnlyDictionary<StudyQuoteKey, StudyQuote> Quotes => _quotes;

    /// <summary>The prices of one market, or null when the bookmaker gave none.</summary>
    public StudyQuote? QuoteOf(StudyQuoteKey key) => _quotes.GetValueOrDefault(key);

    /// <summary>The market of <paramref name="key"/> with a price for every outcome, or null.</summary>
    public MarketPrices? PricesOf(StudyQuoteKey key) => QuoteOf(key)?.PricesFor(key.Market);

    public void Add(StudyQuoteKey key, Selection selection, Odds price, DateTimeOffset capturedAt)
    {
        if (!_quotes.TryGetValue(key, out var quote))
            _quotes[key] = quote = new StudyQuote();
        quote.Add(selection, price, capturedAt);
    }
}
