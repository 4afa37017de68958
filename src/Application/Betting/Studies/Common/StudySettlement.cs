using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>Settles a study's or a backtest's bet with the one settlement engine, unrounded (betting.md §10).</summary>
public static class StudySettlement
{
    public static Settlement Settle(StudyMatch match, StudyQuoteKey key, Selection selection, decimal stake, Odds odds) =>
        SettlementEngine.Settle(StudyMarkets.Grade(key.Market, selection, key.Line, match.Score), stake, odds,
            SettlementMode.Unrounded);
}
