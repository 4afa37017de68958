using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Credits;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Payments;
using CleanPlatform.Domain.Billing.Subscriptions;
using CleanPlatform.Domain.Billing.Usage;
using CleanPlatform.Domain.Billing.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

public abstract partial class AppDbContext : IBillingDb
{
    public DbSet<BillingPlan> BillingPlans => Set<BillingPlan>();
    public DbSet<PlanPrice> PlanPrices => Set<PlanPrice>();
    public DbSet<BillingCustomer> BillingCustomers => Set<BillingCustomer>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<CreditGrant> CreditGrants => Set<CreditGrant>();

    public DbSet<CreditLedgerEntry> CreditLedger => Set<CreditLedgerEntry>();

    public DbSet<UsageRecord> UsageRecords => Set<UsageRecord>();
    public DbSet<InvoicePdf> InvoiceDocuments => Set<InvoicePdf>();
    public DbSet<CreditNote> CreditNotes => Set<CreditNote>();
}
