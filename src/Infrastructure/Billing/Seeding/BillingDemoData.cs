using System.Globalization;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.Credits;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Payments;
using CleanPlatform.Domain.Billing.Subscriptions;
using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Infrastructure.Callers;
using CleanPlatform.Infrastructure.Persistence.Seeding;

namespace CleanPlatform.Infrastructure.Billing.Seeding;

/// <summary>
/// The demo organization as a customer: a German business whose VAT number awaits VIES, and a year of monthly Pro
/// invoices, each issued on the first of its month (the current one as the demo starts), numbered in the order they
/// were issued and paid two days later; the current month's is still open; its Pro subscription runs from the first
/// invoice, renewed monthly since. Written as the organization's background work (<c>system: DemoData</c>).
/// </summary>
internal sealed partial class BillingDemoData(
    SystemWork work, IOptions<BillingSellerOptions> seller, TimeProvider time, ILogger<BillingDemoData> log)
    : IModuleDemoData
{
    public const int Months = 12;

    public static readonly BillingDetails Details = new("Demo Advisory GmbH", "billing@cleanplatform.test",
        new BillingAddress("Friedrichstraße 68", null, "Berlin", "10117", "DE"), IsBusiness: true,
        VatNumber: "DE123456788", TimeZone: "Europe/Berlin", Currency: "EUR");

    public async Task SeedAsync(Guid organizationId, CancellationToken ct) =>
        await work.ForEachOrganizationAsync("DemoData", [organizationId], async (scope, token) =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var numbers = scope.GetRequiredService<IInvoiceNumbers>();
            var now = time.GetUtcNow();
            var firstMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1 - Months);
            var price = await (from p in db.PlanPrices
                               join plan in db.BillingPlans on p.PlanId equals plan.Id
                               where plan.Code == "Pro" && p.Interval == BillingInterval.Monthly && p.Currency == Details.Currency
                                   && p.RetiredAt == null
                               select new SubscribedPrice(plan.Id, plan.Code, p.Id, p.Interval, new Money(p.Amount, p.Currency)))
                .SingleAsync(token);

            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var customer = BillingCustomer.Create(organizationId, Details, firstMonth.AddDays(-1));
            db.BillingCustomers.Add(customer);
            var buyer = new InvoiceBuyer(customer.LegalName, customer.Address, customer.VatNumber);
            // Drafts first, as the renewals make them: a finalized invoice takes no new line, not even in its own insert.
            var invoices = new List<(Invoice Invoice, DateTimeOffset IssuedAt)>();
            for (var month = 0; month < Months; month++)
            {
                var start = firstMonth.AddMonths(month);
                var invoice = Invoice.Draft(organizationId, Details.Currency, start);
                invoice.AddLine(string.Create(CultureInfo.InvariantCulture, $"Pro, {start:MMMM yyyy}"), 1m, price.Amount.Amount);
                db.Invoices.Add(invoice);
                // The current month's is issued as the demo starts, so it is not overdue while the demo is tried out.
                invoices.Add((invoice, month == Months - 1 ? now : start.AddHours(1)));
            }

            db.Subscriptions.Add(MonthlySince(organizationId, price, firstMonth, now));
            await db.SaveChangesAsync(token);
            foreach (var (invoice, issuedAt) in invoices)
            {
                var number = new InvoiceNumber(InvoiceNumber.Invoices, issuedAt.Year,
                    await numbers.NextAsync(InvoiceNumber.Invoices, issuedAt.Year, token));
                invoice.Finalize(number, buyer, VatTreatment.For(seller.Value.Country, customer.ForVat(), issuedAt,
                    seller.Value.OssThresholdExceeded), issuedAt, TimeSpan.FromDays(14));
                if (invoice == invoices[^3].Invoice)
                    PayWithCredits(db, invoice, issuedAt, now);
                if (invoice != invoices[^1].Invoice)
                    invoice.RecordPayment(new Money(invoice.AmountDue, invoice.Currency), issuedAt.AddDays(2));
                invoice.ClearDomainEvents(); // a year of history, not invoices to e-mail now
            }

            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            LogSeeded(log, Months);
        }, ct);

    // A goodwill grant after an outage paid part of one invoice; a promotion granted as the demo starts, which never
    // expires, is still there to see (and pays the next invoice).
    private static void PayWithCredits(AppDbContext db, Invoice invoice, DateTimeOffset issuedAt, DateTimeOffset now)
    {
        var goodwill = CreditGrant.Grant(invoice.OrganizationId, new Money(25m, invoice.Currency), issuedAt.AddYears(1),
            CreditSource.Goodwill, "Outage of the odds feed", issuedAt.AddDays(-5));
        var promotion = CreditGrant.Grant(invoice.OrganizationId, new Money(20m, invoice.Currency), null,
            CreditSource.Promotion, "Welcome to the yearly plan", now);
        var (paid, used) = CreditWallet.Pay([goodwill.Grant], new Money(invoice.AmountDue, invoice.Currency), invoice.Id, issuedAt);
        db.CreditGrants.AddRange(goodwill.Grant, promotion.Grant);
        db.CreditLedger.AddRange([goodwill.Entry, .. used, promotion.Entry]);
        db.Payments.Add(Payment.ByCredits(invoice.OrganizationId, invoice.Id, paid, issuedAt));
        invoice.RecordPayment(paid, issuedAt);
    }

    // Subscribed without a trial when the first invoice was issued, renewed every month since.
    private static Subscription MonthlySince(Guid organizationId, SubscribedPrice price, DateTimeOffset start,
        DateTimeOffset now)
    {
        var subscription = Subscription.Start(organizationId, price, 0, Details.TimeZone, start);
        while (subscription.CurrentPeriod.End <= now)
            subscription.Renew(subscription.CurrentPeriod.End);
        return subscription;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: billing details and {Count} monthly invoices")]
    private static partial void LogSeeded(ILogger logger, int count);
}
