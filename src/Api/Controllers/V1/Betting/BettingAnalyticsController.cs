using CleanPlatform.Application.Betting.Analytics.GetBankrollSeries;
using CleanPlatform.Application.Betting.Analytics.GetBettingSummary;
using CleanPlatform.Application.Betting.Analytics.GetPlacementHeatmap;
using CleanPlatform.Application.Betting.Analytics.GetWinRate;
using CleanPlatform.Application.Betting.Analytics.ListAgentPerformance;
using CleanPlatform.Application.Betting.Analytics.ListBookmakerPerformance;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>
/// Profit and loss of your organization's bets, computed in the database: every member may read them, Viewers included.
/// </summary>
/// <remarks>
/// Every action takes the same filter: <c>period</c> (<c>7d</c>, <c>30d</c>, <c>90d</c> or <c>all</c>, the default) keeps
/// the bets settled in the last 7, 30 or 90 days; <c>bookmaker</c> a bookmaker key; <c>agent</c> an agent key;
/// <c>competitionId</c>; <c>userId</c> the member who placed them. Amounts are in one currency: <c>currency</c> when
/// given, else the one most of the bets were staked in; the others are listed in <c>otherCurrencies</c>.
/// </remarks>
[Route("api/v{version:apiVersion}/betting/analytics"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
public sealed class BettingAnalyticsController(ISender sender) : ApiControllerBase
{
    /// <summary>Counts by status, P&amp;L, turnover, ROI, hit rate, average odds, mean CLV, open exposure, today's and this week's profit.</summary>
    /// <remarks>Pending bets and their exposure ignore <c>period</c>; today and this week are UTC, the week from Monday.</remarks>
    /// <param name="period">7d, 30d, 90d or all (by settlement time).</param>
    /// <param name="bookmaker">A bookmaker key.</param>
    /// <param name="agent">An agent key.</param>
    /// <param name="competitionId">A competition.</param>
    /// <param name="userId">The member who placed the bets.</param>
    /// <param name="currency">ISO 4217 code; the most used currency when absent.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("summary")]
    [ProducesResponseType<BettingSummaryDto>(StatusCodes.Status200OK)]
    public async Task<BettingSummaryDto> GetBettingSummary(string? period, string? bookmaker, string? agent, Guid? competitionId,
        Guid? userId, string? currency, CancellationToken ct) =>
        await sender.Send(new GetBettingSummary(period, bookmaker, agent, competitionId, userId, currency), ct);

    /// <summary>Cumulative profit per UTC day of settlement, from 0, with the max drawdown in money.</summary>
    /// <remarks>Add your starting bankroll to each point to draw the bankroll.</remarks>
    /// <param name="period">7d, 30d, 90d or all (by settlement time).</param>
    /// <param name="bookmaker">A bookmaker key.</param>
    /// <param name="agent">An agent key.</param>
    /// <param name="competitionId">A competition.</param>
    /// <param name="userId">The member who placed the bets.</param>
    /// <param name="currency">ISO 4217 code; the most used currency when absent.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("bankroll-series")]
    [ProducesResponseType<BankrollSeriesDto>(StatusCodes.Status200OK)]
    public async Task<BankrollSeriesDto> GetBankrollSeries(string? period, string? bookmaker, string? agent,
        Guid? competitionId, Guid? userId, string? currency, CancellationToken ct) =>
        await sender.Send(new GetBankrollSeries(period, bookmaker, agent, competitionId, userId, currency), ct);

    /// <summary>ROI, profit, turnover and counts per bookmaker; the groups sum to the summary's totals.</summary>
    /// <remarks>Largest turnover first. Every member, Viewers included.</remarks>
    /// <param name="period">7d, 30d, 90d or all (by settlement time).</param>
    /// <param name="bookmaker">A bookmaker key.</param>
    /// <param name="agent">An agent key.</param>
    /// <param name="competitionId">A competition.</param>
    /// <param name="userId">The member who placed the bets.</param>
    /// <param name="currency">ISO 4217 code; the most used currency when absent.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("bookmakers")]
    [ProducesResponseType<BookmakerPerformanceListDto>(StatusCodes.Status200OK)]
    public async Task<BookmakerPerformanceListDto> ListBookmakerPerformance(string? period, string? bookmaker, string? agent,
        Guid? competitionId, Guid? userId, string? currency, CancellationToken ct) =>
        await sender.Send(new ListBookmakerPerformance(period, bookmaker, agent, competitionId, userId, currency), ct);

    /// <summary>Performance per agent (null: recorded by hand) with max drawdown and the Sharpe ratio of daily returns.</summary>
    /// <remarks>
    /// Largest turnover first; the groups sum to the summary's totals. A daily return is a UTC day's profit ÷ its turnover;
    /// the Sharpe ratio is their mean ÷ sample standard deviation, not annualized. Max drawdown is in money, over
    /// end-of-day cumulative profit from 0.
    /// </remarks>
    /// <param name="period">7d, 30d, 90d or all (by settlement time).</param>
    /// <param name="bookmaker">A bookmaker key.</param>
    /// <param name="agent">An agent key.</param>
    /// <param name="competitionId">A competition.</param>
    /// <param name="userId">The member who placed the bets.</param>
    /// <param name="currency">ISO 4217 code; the most used currency when absent.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("agents")]
    [ProducesResponseType<AgentPerformanceListDto>(StatusCodes.Status200OK)]
    public async Task<AgentPerformanceListDto> ListAgentPerformance(string? period, string? bookmaker, string? agent,
        Guid? competitionId, Guid? userId, string? currency, CancellationToken ct) =>
        await sender.Send(new ListAgentPerformance(period, bookmaker, agent, competitionId, userId, currency), ct);

    /// <summary>Settled bets, wins and hit rate per UTC week (from Monday) or calendar month of settlement.</summary>
    /// <remarks>Hit rate = bets with profit &gt; 0 ÷ settled bets other than full pushes; null when there are none.</remarks>
    /// <param name="bucket">week (default) or month.</param>
    /// <param name="period">7d, 30d, 90d or all (by settlement time).</param>
    /// <param name="bookmaker">A bookmaker key.</param>
    /// <param name="agent">An agent key.</param>
    /// <param name="competitionId">A competition.</param>
    /// <param name="userId">The member who placed the bets.</param>
    /// <param name="currency">ISO 4217 code; the most used currency when absent.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("win-rate")]
    [ProducesResponseType<WinRateDto>(StatusCodes.Status200OK)]
    public async Task<WinRateDto> GetWinRate(string? bucket, string? period, string? bookmaker, string? agent,
        Guid? competitionId, Guid? userId, string? currency, CancellationToken ct) =>
        await sender.Send(new GetWinRate(bucket, period, bookmaker, agent, competitionId, userId, currency), ct);

    /// <summary>Count and profit of settled bets by UTC day of week (1 = Monday) and hour of placement.</summary>
    /// <remarks>Only cells with bets are listed, Monday 00:00 first.</remarks>
    /// <param name="period">7d, 30d, 90d or all (by settlement time).</param>
    /// <param name="bookmaker">A bookmaker key.</param>
    /// <param name="agent">An agent key.</param>
    /// <param name="competitionId">A competition.</param>
    /// <param name="userId">The member who placed the bets.</param>
    /// <param name="currency">ISO 4217 code; the most used currency when absent.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("heatmap")]
    [ProducesResponseType<PlacementHeatmapDto>(StatusCodes.Status200OK)]
    public async Task<PlacementHeatmapDto> GetPlacementHeatmap(string? period, string? bookmaker, string? agent,
        Guid? competitionId, Guid? userId, string? currency, CancellationToken ct) =>
        await sender.Send(new GetPlacementHeatmap(period, bookmaker, agent, competitionId, userId, currency), ct);
}
