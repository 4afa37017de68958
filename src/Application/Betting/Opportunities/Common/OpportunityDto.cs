using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Application.Betting.Opportunities.Common;

/// <summary>
/// An opportunity with its audit: the price and book (<c>Line</c> is the selection's own line, as a bet on it records
/// it), the fair probability and odds, EV and edge, the EV's spread across devig methods, the method and its parameter,
/// the reference market's margin, the raw prices read, the reasons, the agent and its version, the score and label,
/// the consensus, and, once the event finished, the close and the result a bet would have had.
/// </summary>
public sealed record OpportunityDto(
    Guid Id, OpportunityEventDto Event, MarketKind Market, Selection Selection, decimal Line, string Bookmaker,
    decimal Odds, double FairProbability, double FairOdds, decimal ExpectedValue, decimal Edge,
    decimal LowestExpectedValue, decimal HighestExpectedValue, DevigMethod Method, double? MethodParameter, double Margin,
    string Reference, string Reasons, IReadOnlyList<QuotedPrice> Prices, string AgentKey, string AgentVersion,
    int Score, OpportunityLabel Label, bool Consensus, double ConsensusWeight, IReadOnlyList<string> AgreeingAgents,
    OpportunityStatus Status, DateTimeOffset RaisedAt, DateTimeOffset PricedAt, DateTimeOffset? WithdrawnAt,
    DateTimeOffset ExpiresAt, decimal? ClosingOdds, double? ClosingFairProbability, double? ClvFair, double? ClvRaw,
    BetResult? Result) : IHasId
{
    public static OpportunityDto From(Opportunity o, OpportunityEventDto sportEvent, string bookmaker, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(o);
        var status = now >= o.ExpiresAt ? OpportunityStatus.Expired
            : o.WithdrawnAt is null ? OpportunityStatus.Open : OpportunityStatus.Withdrawn;
        return new(o.Id, sportEvent, o.Market, o.Selection, o.Line, bookmaker, o.Odds.Value, o.FairProbability,
            1 / o.FairProbability, o.ExpectedValue, o.Edge, o.LowestExpectedValue, o.HighestExpectedValue, o.Method,
            o.MethodParameter, o.Margin, o.Reference, o.Reasons, [.. o.Prices], o.AgentKey, o.AgentVersion, o.Score,
            o.Label, o.Consensus, o.ConsensusWeight, [.. o.AgreeingAgents], status, o.RaisedAt, o.PricedAt,
            o.WithdrawnAt, o.ExpiresAt, o.ClosingOdds, o.ClosingFairProbability, o.ClvFair, o.ClvRaw, o.Result);
    }
}
