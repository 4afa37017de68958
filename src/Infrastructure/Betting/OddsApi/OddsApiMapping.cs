using System.Globalization;
using CleanPlatform.Application.Betting.OddsFeed;
using CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

namespace CleanPlatform.Infrastructure.Betting.OddsApi;

/// <summary>From the provider's items to the feed's records; instants come out in UTC.</summary>
internal static class OddsApiMapping
{
    public static OddsFeedSport ToSport(SportDto s) =>
        new(s.Key, s.Group, s.Title, s.Description ?? "", s.Active, s.HasOutrights);

    public static OddsFeedEvent ToEvent(EventDto e) =>
        new(e.Id, e.SportKey, e.SportTitle, e.CommenceTime.ToUniversalTime(), e.HomeTeam, e.AwayTeam);

    public static OddsFeedEventOdds ToEventOdds(OddsEventDto e)
    {
        var skipped = new List<OddsFeedSkippedMarket>();
        var bookmakers = e.Bookmakers.Select(b => new OddsFeedBookmakerOdds(b.Key, b.Title, b.LastUpdate.ToUniversalTime(),
            [.. b.Markets.Select(m => TryRead(m, e, b.Key, skipped)).OfType<OddsFeedMarketOdds>()])).ToList();
        return new(e.Id, e.SportKey, e.SportTitle, e.CommenceTime.ToUniversalTime(), e.HomeTeam, e.AwayTeam,
            bookmakers, skipped);
    }

    public static OddsFeedEventScore ToEventScore(ScoreEventDto e) =>
        new(e.Id, e.SportKey, e.SportTitle, e.CommenceTime.ToUniversalTime(), e.Completed, e.HomeTeam, e.AwayTeam,
            ScoreOf(e.Scores, e.HomeTeam), ScoreOf(e.Scores, e.AwayTeam), e.LastUpdate?.ToUniversalTime());

    private static OddsFeedMarketOdds? TryRead(MarketDto market, OddsEventDto e, string bookmaker,
        List<OddsFeedSkippedMarket> skipped)
    {
        try
        {
            var read = OddsApiMarkets.Read(market, e.HomeTeam, e.AwayTeam);
            return read with { LastUpdate = read.LastUpdate?.ToUniversalTime() };
        }
        catch (UnreadableMarketException unreadable)
        {
            skipped.Add(new OddsFeedSkippedMarket(bookmaker, market.Key, unreadable.Message));
            return null;
        }
    }

    // Matched by the team's name, not by the entry's position; a score that is not a whole number (cricket's
    // "180/7") stays null rather than being guessed at.
    private static int? ScoreOf(IReadOnlyList<TeamScoreDto>? scores, string? team) =>
        team is not null
        && scores?.FirstOrDefault(s => string.Equals(s.Name, team, StringComparison.OrdinalIgnoreCase)) is { Score: { } text }
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var score)
            ? score
            : null;
}
