using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Application.Betting.Common;

namespace CleanPlatform.Application.Betting.Analytics.GetBankrollSeries;

/// <summary>
/// Cumulative profit of the bets settled in the period, one point per UTC day of settlement in day order, starting from
/// 0: a client adds its starting bankroll. Every member may read it.
/// </summary>
[Authorize]
public sealed record GetBankrollSeries(
    string? Period = null, string? Bookmaker = null, string? Agent = null, Guid? CompetitionId = null, Guid? UserId = null,
    string? Currency = null) : IQuery<BankrollSeriesDto>, IAnalyticsQuery;

public sealed class GetBankrollSeriesHandler(IBettingDb db, TimeProvider time) : IQueryHandler<GetBankrollSeries, BankrollSeriesDto>
{
    public async ValueTask<BankrollSeriesDto> Handle(GetBankrollSeries query, CancellationToken cancellationToken)
    {
        var scope = await AnalyticsScope.OfAsync(db, query, time.GetUtcNow(), cancellationToken);
        var days = await scope.Settled.DaysAsync(cancellationToken);
        var cumulative = 0m;
        var points = days.Select(d => new BankrollPointDto(d.Date, d.Settled, d.ProfitOrZero, cumulative += d.ProfitOrZero)).ToList();
        return new BankrollSeriesDto(scope.Period, scope.Currency, scope.OtherCurrencies, points, cumulative,
            DailyRisk.MaxDrawdown(days.Select(d => d.ProfitOrZero)));
    }
}
