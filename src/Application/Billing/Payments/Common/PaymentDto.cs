using CleanPlatform.Domain.Billing.Payments;

namespace CleanPlatform.Application.Billing.Payments.Common;

/// <summary>A payment towards an invoice: how, how much, in which state, with its reference.</summary>
public sealed record PaymentDto(
    Guid Id, Guid InvoiceId, PaymentMethod Method, PaymentStatus Status, MoneyDto Amount, string? Reference,
    DateTimeOffset CreatedAt, DateTimeOffset? SucceededAt, string? FailureReason) : IHasId
{
    public static PaymentDto From(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new(payment.Id, payment.InvoiceId, payment.Method, payment.Status, MoneyDto.From(payment.Money),
            payment.Reference, payment.CreatedAt, payment.SucceededAt, payment.FailureReason);
    }
}
