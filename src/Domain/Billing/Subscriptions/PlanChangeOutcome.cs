namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>
/// What a plan change does (billing.md §3): when it applies, from when, and the two proration lines to invoice at once
/// (null when nothing is billed now).
/// </summary>
public sealed record PlanChangeOutcome(PlanChangeTiming Timing, DateTimeOffset EffectiveAt, Proration? Proration)
{
    public PlanChangeTiming Timing { get; } = Timing;

    public DateTimeOffset EffectiveAt { get; } = EffectiveAt;

    public Proration? Proration { get; } = Proration;
}
