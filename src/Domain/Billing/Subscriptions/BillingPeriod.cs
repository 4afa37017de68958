namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>One billing period, <c>[Start, End)</c>, as instants.</summary>
public readonly record struct BillingPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public DateTimeOffset Start { get; } = Start;

    public DateTimeOffset End { get; } = End;

    /// <summary>Whether <paramref name="at"/> falls in the period (its end belongs to the next one).</summary>
    public bool Contains(DateTimeOffset at) => Start <= at && at < End;
}
