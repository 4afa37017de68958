using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Domain.Billing.Catalogue;

/// <summary>
/// One revision of what a plan costs per <see cref="Interval"/> in one currency (billing.md §3: prices are immutable
/// versions). A new price never edits this one: <see cref="Supersede"/> retires it and starts the next revision, so an
/// invoice or a subscription that points at a revision keeps the amount it was sold at. For one plan, interval and
/// currency, exactly one revision is current (not retired); revisions count up from 1.
/// </summary>
public sealed class PlanPrice : Entity, IAggregateRoot
{
    private PlanPrice() { }

    public Guid PlanId { get; private set; }

    public BillingInterval Interval { get; private set; }

    /// <summary>The ISO 4217 code: each currency has revisions of its own.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>The price for one <see cref="Interval"/> in <see cref="Currency"/>, VAT excluded; 0 for a free plan.</summary>
    public decimal Amount { get; private set; }

    /// <summary><see cref="Amount"/> in <see cref="Currency"/>.</summary>
    public Money Price => new(Amount, Currency);

    /// <summary>1 for the plan's first price in this interval and currency, then one more per change.</summary>
    public int Revision { get; private set; }

    /// <summary>From when this revision is what new charges use.</summary>
    public DateTimeOffset ActiveFrom { get; private set; }

    /// <summary>When the next revision replaced this one; null while it is current.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>The first price of <paramref name="planId"/> in this interval and currency.</summary>
    /// <exception cref="DomainException"><c>price.negative</c> when the amount is below 0.</exception>
    public static PlanPrice First(Guid planId, BillingInterval interval, Money amount, DateTimeOffset now) =>
        Create(planId, interval, amount, revision: 1, now);

    /// <summary>Retires this revision at <paramref name="now"/> and returns the next one, at <paramref name="amount"/>.</summary>
    /// <exception cref="DomainException">
    /// <c>price.retired</c> when this revision was already replaced; <c>money.currency_mismatch</c> when the amount is
    /// in another currency (each currency has revisions of its own); <c>price.unchanged</c> when it is the same amount;
    /// <c>price.negative</c> when it is below 0.
    /// </exception>
    public PlanPrice Supersede(Money amount, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (RetiredAt is not null)
            throw new DomainException("price.retired", $"Revision {Revision} was already replaced.");
        if (!string.Equals(amount.Currency, Currency, StringComparison.Ordinal))
            throw new DomainException("money.currency_mismatch",
                $"A price in {Currency} cannot be replaced by one in {amount.Currency}.");
        if (amount.Amount == Amount)
            throw new DomainException("price.unchanged", $"The current price is already {Price.Amount} {Currency}.");
        var next = Create(PlanId, Interval, amount, Revision + 1, now);
        RetiredAt = now;
        return next;
    }

    private static PlanPrice Create(Guid planId, BillingInterval interval, Money amount, int revision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Amount < 0m)
            throw new DomainException("price.negative", "A price cannot be negative.");
        if (!Enum.IsDefined(interval))
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown billing interval.");
        return new PlanPrice
        {
            Id = Guid.CreateVersion7(now),
            PlanId = planId,
            Interval = interval,
            Currency = amount.Currency,
            Amount = amount.Amount,
            Revision = revision,
            ActiveFrom = now,
            CreatedAt = now,
        };
    }
}
