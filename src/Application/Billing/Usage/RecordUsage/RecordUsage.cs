using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Usage.Common;
using CleanPlatform.Domain.Billing.Usage;

namespace CleanPlatform.Application.Billing.Usage.RecordUsage;

/// <summary>
/// Records metering events of the caller's organization (billing.md §8, §15), all of them or none: an event whose id
/// the organization already sent is a duplicate, answered as such and not counted again; an event before the current
/// billing period (its invoice is made) is refused with 422, naming it. Members and up, and API keys with the Write
/// scope, since integrators report usage from their systems.
/// </summary>
/// <param name="Events">The events, 1 to 1,000.</param>
[Authorize(Roles.Admin, Roles.Advisor, Roles.Member)]
public sealed record RecordUsage(IReadOnlyList<UsageEventRequest> Events) : ICommand<UsageReceiptDto>
{
    /// <summary>The most events one request carries.</summary>
    public const int MaxEvents = 1000;
}

/// <summary>One metering event.</summary>
/// <param name="EventId">Your id of the event, unique in your organization: a repeat is a duplicate, not counted again.</param>
/// <param name="Meter">The meter's code (<c>GET /billing/meters</c>).</param>
/// <param name="Value">The quantity, 0 or more, up to 4 decimals (1 for a <c>Count</c> meter, which ignores it).</param>
/// <param name="Timestamp">When it happened; at most 5 minutes ahead of the server's clock.</param>
/// <param name="Property">For a <c>UniqueCount</c> meter, the value counted once (a user id); else ignored.</param>
public sealed record UsageEventRequest(string EventId, string Meter, decimal Value, DateTimeOffset Timestamp, string? Property);

/// <summary>What became of the events sent.</summary>
/// <param name="Accepted">How many were recorded now.</param>
/// <param name="Duplicates">The ids of those your organization had sent before: recorded then, not counted again.</param>
public sealed record UsageReceiptDto(int Accepted, IReadOnlyList<string> Duplicates);

public sealed class RecordUsageHandler(IBillingDb db, IOrganizationLocks locks, ICurrentUser user, TimeProvider time)
    : ICommandHandler<RecordUsage, UsageReceiptDto>
{
    private static readonly DateTimeOffset OrderEpoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async ValueTask<UsageReceiptDto> Handle(RecordUsage command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var now = time.GetUtcNow();
        var opensAt = await UsagePeriods.OpensAtAsync(db, organizationId, now, cancellationToken);
        var late = command.Events.Select((e, i) => (Event: e, Index: i)).FirstOrDefault(x => x.Event.Timestamp < opensAt);
        if (late.Event is not null)
            throw new DomainException("usage.period_closed",
                $"events[{late.Index}].timestamp: event {late.Event.EventId} happened before {opensAt:O}, in a billing period already invoiced.");

        // One batch of an organization at a time: a retry racing its first attempt finds the events recorded, and
        // answers them as duplicates instead of failing on the unique index.
        await locks.AcquireAsync(nameof(UsageRecord), organizationId, cancellationToken);
        var ids = command.Events.Select(e => e.EventId).Distinct(StringComparer.Ordinal).ToList();
        var known = (await db.UsageRecords.Where(r => ids.Contains(r.EventId)).Select(r => r.EventId)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var duplicates = new List<string>();
        // Ties of the same timestamp go to the event ingested last: this request's, in the order sent.
        var order = (now - OrderEpoch).Ticks / TimeSpan.TicksPerMicrosecond * RecordUsage.MaxEvents;
        var accepted = 0;
        foreach (var (item, index) in command.Events.Select((e, i) => (e, i)))
        {
            if (!known.Add(item.EventId))
            {
                duplicates.Add(item.EventId);
                continue;
            }

            db.UsageRecords.Add(UsageRecord.Accept(organizationId, item.EventId, item.Meter, item.Value, item.Timestamp,
                string.IsNullOrEmpty(item.Property) ? null : item.Property, order + index, now));
            accepted++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new UsageReceiptDto(accepted, duplicates);
    }
}
