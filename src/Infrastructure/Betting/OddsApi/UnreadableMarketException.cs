namespace CleanPlatform.Infrastructure.Betting.OddsApi;

/// <summary>A market that cannot be read as a whole; it becomes an <c>OddsFeedSkippedMarket</c>, never an error of the call.</summary>
internal sealed class UnreadableMarketException(string reason) : Exception(reason);
