namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>
/// The filter every analytics query takes: <see cref="Period"/> (<c>7d</c>, <c>30d</c>, <c>90d</c> or <c>all</c>, by
/// settlement time), a bookmaker key, an agent key, a competition, the member who placed the bets, and a currency
/// (when none is given, the one most bets were staked in).
/// </summary>
public interface IAnalyticsQuery
{
    string? Period { get; }

    string? Bookmaker { get; }

    string? Agent { get; }

    Guid? CompetitionId { get; }

    Guid? UserId { get; }

    string? Currency { get; }
}
