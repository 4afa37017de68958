using CleanPlatform.Application.Billing.Usage.GetMeteredUsage;
using CleanPlatform.Application.Billing.Usage.ListMeters;
using CleanPlatform.Application.Billing.Usage.RecordUsage;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>Metered usage: the meters, the events your systems report to them, and the current period's totals.</summary>
[Route("api/v{version:apiVersion}/billing"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class UsageController(ISender sender) : ApiControllerBase
{
    /// <summary>The meters usage events count towards.</summary>
    /// <remarks>Every member. The same meters for every organization, set by the operator.</remarks>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("meters")]
    [ProducesResponseType<MeterListDto>(StatusCodes.Status200OK)]
    public async Task<MeterListDto> ListMeters(CancellationToken ct) => await sender.Send(new ListMeters(), ct);

    /// <summary>Your organization's usage in the current billing period, per meter.</summary>
    /// <remarks>
    /// Every member. The period is your subscription's current one (its trial included), or the calendar month in UTC
    /// without a subscription. <c>Sum</c> adds the values, <c>Max</c> takes the largest, <c>Last</c> the value of the
    /// latest event (by timestamp, then the one received last), <c>Count</c> counts the events and
    /// <c>UniqueCount</c> the distinct <c>property</c> values; a meter without events shows 0.
    /// </remarks>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("usage")]
    [ProducesResponseType<MeteredUsageDto>(StatusCodes.Status200OK)]
    public async Task<MeteredUsageDto> GetMeteredUsage(CancellationToken ct) => await sender.Send(new GetMeteredUsage(), ct);

    /// <summary>Reports metering events.</summary>
    /// <remarks>
    /// Members and up, or an API key with the Write scope. 1 to 1,000 events, recorded all or none. Each has your
    /// <c>eventId</c>, unique in your organization: sending one again (a retry after a timeout) is answered in
    /// <c>duplicates</c> and counted once. An event may be at most 5 minutes ahead of the server's clock, and not
    /// before the current billing period: that period's invoice is made (422 <c>usage.period_closed</c>, naming the
    /// event).
    /// </remarks>
    /// <param name="body">The events.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="200">Recorded: how many, and which were duplicates.</response>
    /// <response code="422"><c>usage.period_closed</c>: an event happened before the current billing period; none was recorded.</response>
    [HttpPost("usage/events")]
    [ProducesResponseType<UsageReceiptDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<UsageReceiptDto> RecordUsage(RecordUsage body, CancellationToken ct) => await sender.Send(body, ct);
}
