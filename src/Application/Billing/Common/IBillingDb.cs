using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Credits;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Payments;
using CleanPlatform.Domain.Billing.Subscriptions;
using CleanPlatform.Domain.Billing.Usage;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Common;

/// <summary>The Billing module's sets: the plans it sells and their price revisions, its customers, their subscriptions and invoices.</summary>
public interface IBillingDb : IModuleDb
{
    /// <summary>The plans, shared by every organization (not tenant-owned).</summary>
    DbSet<BillingPlan> BillingPlans { get; }

    /// <summary>Every price revision of every plan, retired ones included.</summary>
    DbSet<PlanPrice> PlanPrices { get; }

    /// <summary>Each organization's billing details: at most one row per organization.</summary>
    DbSet<BillingCustomer> BillingCustomers { get; }

    /// <summary>Invoices with their lines; a finalized one's content cannot change, not even by SQL.</summary>
    DbSet<Invoice> Invoices { get; }

    /// <summary>The stored PDF of finalized invoices, at most one per invoice; not filtered by organization: reach it through its invoice.</summary>
    DbSet<InvoicePdf> InvoiceDocuments { get; }

    /// <summary>Payments towards invoices, whatever their state.</summary>
    DbSet<Payment> Payments { get; }

    /// <summary>Credit notes with their lines: final from their first write, not even SQL changes them.</summary>
    DbSet<CreditNote> CreditNotes { get; }

    /// <summary>Prepaid credit grants, spent and expired ones included; what is left of one is never below 0.</summary>
    DbSet<CreditGrant> CreditGrants { get; }

    /// <summary>Every movement of every credit grant: append-only, not even SQL changes or deletes an entry.</summary>
    DbSet<CreditLedgerEntry> CreditLedger { get; }

    /// <summary>Accepted metering events: an event id once per organization.</summary>
    DbSet<UsageRecord> UsageRecords { get; }

    /// <summary>Subscriptions, ended ones included: at most one per organization is not canceled.</summary>
    DbSet<Subscription> Subscriptions { get; }

    /// <summary>The URLs each organization has its events posted to.</summary>
    DbSet<WebhookEndpoint> WebhookEndpoints { get; }

    /// <summary>Each event posted to each endpoint, with its attempts: the delivery log.</summary>
    DbSet<WebhookDelivery> WebhookDeliveries { get; }
}
