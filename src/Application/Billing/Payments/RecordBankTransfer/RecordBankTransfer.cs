using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Payments.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Payments;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Payments.RecordBankTransfer;

/// <summary>
/// Records a bank transfer the operator received for an invoice of any organization (billing.md §5): the platform
/// administrator's reconciliation, cross-tenant by nature and audited in the invoice's organization's trail too. The
/// payment counts towards the invoice at once; the invoice is paid when nothing is left due, and a past-due
/// subscription with no other overdue invoice is active again.
/// </summary>
[Authorize(PlatformAdmin = true), Audited("Payment")]
public sealed record RecordBankTransfer(Guid InvoiceId, MoneyDto Amount, string Reference, DateTimeOffset ReceivedAt)
    : ICommand<PaymentDto>;

public sealed class RecordBankTransferHandler(IBillingDb db, AuditScope audit, TimeProvider time)
    : ICommandHandler<RecordBankTransfer, PaymentDto>
{
    public async ValueTask<PaymentDto> Handle(RecordBankTransfer command, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.IgnoreQueryFilters().AsTracking()
            .SingleOrDefaultAsync(i => i.Id == command.InvoiceId, cancellationToken)
            ?? throw new NotFoundException("Invoice", command.InvoiceId);
        var now = time.GetUtcNow();
        var amount = command.Amount.ToMoney();
        invoice.RecordPayment(amount, now);
        var payment = Payment.TransferReceived(invoice.OrganizationId, invoice.Id, amount, command.Reference,
            command.ReceivedAt, now);
        db.Payments.Add(payment);
        if (invoice.Status == InvoiceStatus.Paid)
            await RecoverAsync(invoice, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        audit.EntityId = payment.Id.ToString();
        audit.TenantOrganizationId = invoice.OrganizationId;
        return PaymentDto.From(payment);
    }

    // A retry or another payment succeeded: dunning stops once nothing else is overdue (billing.md §9).
    private async Task RecoverAsync(Invoice paid, DateTimeOffset now, CancellationToken ct)
    {
        var subscription = await db.Subscriptions.IgnoreQueryFilters().AsTracking()
            .SingleOrDefaultAsync(s => s.OrganizationId == paid.OrganizationId && s.Status == SubscriptionStatus.PastDue, ct);
        if (subscription is null)
            return;
        var overdue = await db.Invoices.IgnoreQueryFilters().Where(Invoice.OverdueAt(now))
            .AnyAsync(i => i.OrganizationId == paid.OrganizationId && i.Id != paid.Id, ct);
        if (!overdue)
            subscription.PaymentRecovered();
    }
}
