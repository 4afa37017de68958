namespace CleanPlatform.Domain.Billing.Payments;

/// <summary>
/// Money paid, or being paid, towards one invoice (billing.md §5). A provider's payment starts pending and ends
/// succeeded, failed or canceled; a bank transfer is recorded once it has arrived, as succeeded. Only a succeeded
/// payment counts towards the invoice.
/// </summary>
public sealed class Payment : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>Longest reference: a SEPA transfer's unstructured remittance information.</summary>
    public const int ReferenceMaxLength = 140;

    /// <summary>Longest failure reason kept.</summary>
    public const int FailureMaxLength = 500;

    private Payment() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public Guid InvoiceId { get; private set; }

    public PaymentMethod Method { get; private set; }

    public PaymentStatus Status { get; private set; }

    /// <summary>The ISO 4217 code: the invoice's.</summary>
    public string Currency { get; private set; } = "";

    public decimal Amount { get; private set; }

    /// <summary><see cref="Amount"/> in <see cref="Currency"/>.</summary>
    public Money Money => new(Amount, Currency);

    /// <summary>What the payer wrote (a transfer's reference) or the provider's id of the payment.</summary>
    public string? Reference { get; private set; }

    /// <summary>When the money arrived (a transfer's value date) or the provider confirmed it.</summary>
    public DateTimeOffset? SucceededAt { get; private set; }

    public string? FailureReason { get; private set; }

    /// <summary>A bank transfer that arrived at <paramref name="receivedAt"/>: succeeded from the start.</summary>
    /// <exception cref="DomainException"><c>payment.amount_invalid</c> for 0 or less; <c>payment.received_in_future</c>.</exception>
    public static Payment TransferReceived(Guid organizationId, Guid invoiceId, Money amount, string reference,
        DateTimeOffset receivedAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (receivedAt > now)
            throw new DomainException("payment.received_in_future", "A transfer cannot arrive after now.");
        var payment = Create(organizationId, invoiceId, PaymentMethod.BankTransfer, amount, reference.Trim(), now);
        payment.Status = PaymentStatus.Succeeded;
        payment.SucceededAt = receivedAt;
        return payment;
    }

    /// <summary>What the organization's prepaid credits paid of the invoice at <paramref name="now"/>: succeeded from the start.</summary>
    /// <exception cref="DomainException"><c>payment.amount_invalid</c> for 0 or less.</exception>
    public static Payment ByCredits(Guid organizationId, Guid invoiceId, Money amount, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var payment = Create(organizationId, invoiceId, PaymentMethod.Credits, amount, null, now);
        payment.Status = PaymentStatus.Succeeded;
        payment.SucceededAt = now;
        return payment;
    }

    /// <summary>A provider's payment, started and not confirmed yet.</summary>
    /// <exception cref="DomainException"><c>payment.amount_invalid</c> for 0 or less.</exception>
    public static Payment Start(Guid organizationId, Guid invoiceId, PaymentMethod method, Money amount, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var payment = Create(organizationId, invoiceId, method, amount, null, now);
        payment.Status = PaymentStatus.Pending;
        return payment;
    }

    /// <exception cref="DomainException"><c>payment.not_pending</c> unless pending.</exception>
    public void RequireAction()
    {
        RequireOpen(PaymentStatus.Pending);
        Status = PaymentStatus.RequiresAction;
    }

    /// <summary>The provider confirmed the payment, with its id.</summary>
    /// <exception cref="DomainException"><c>payment.not_pending</c> unless pending or requiring action.</exception>
    public void Succeed(string providerReference, DateTimeOffset now)
    {
        RequireOpen(PaymentStatus.Pending, PaymentStatus.RequiresAction);
        (Status, Reference, SucceededAt) = (PaymentStatus.Succeeded, providerReference, now);
    }

    /// <exception cref="DomainException"><c>payment.not_pending</c> unless pending or requiring action.</exception>
    public void Fail(string reason)
    {
        RequireOpen(PaymentStatus.Pending, PaymentStatus.RequiresAction);
        var text = string.IsNullOrWhiteSpace(reason) ? "The payment failed." : reason.Trim();
        (Status, FailureReason) = (PaymentStatus.Failed, text.Length > FailureMaxLength ? text[..FailureMaxLength] : text);
    }

    /// <exception cref="DomainException"><c>payment.not_pending</c> unless pending or requiring action.</exception>
    public void Cancel()
    {
        RequireOpen(PaymentStatus.Pending, PaymentStatus.RequiresAction);
        Status = PaymentStatus.Canceled;
    }

    private static Payment Create(Guid organizationId, Guid invoiceId, PaymentMethod method, Money amount,
        string? reference, DateTimeOffset now)
    {
        if (amount.Amount <= 0m)
            throw new DomainException("payment.amount_invalid", "A payment is above 0.");
        if (reference is { Length: > ReferenceMaxLength })
            throw new DomainException("payment.reference_too_long", $"A reference has at most {ReferenceMaxLength} characters.");
        return new Payment
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            InvoiceId = invoiceId,
            Method = method,
            Currency = amount.Currency,
            Amount = amount.Amount,
            Reference = reference,
            CreatedAt = now,
        };
    }

    private void RequireOpen(params PaymentStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new DomainException("payment.not_pending", $"A {Status} payment does not change any more.");
    }
}
