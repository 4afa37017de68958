using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>A completed match without its prices: what a long backtest keeps of every match while it reads them in chunks.</summary>
public sealed record StudyMatchRow(Guid EventId, string Competition, DateTimeOffset KickOffUtc, string HomeTeam, string AwayTeam, Score Score)
{
    /// <summary>The match, ready for its prices.</summary>
    public StudyMatch ToMatch() => new(EventId, Competition, KickOffUtc, HomeTeam, AwayTeam, Score);
}
