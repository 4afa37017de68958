using CleanPlatform.Application.Billing.Catalogue.Common;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Application.Billing.Customers.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Invoices.Documents;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;
using CleanPlatform.Application.Billing.Usage.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Application.Billing.Webhooks.DeliverWebhooks;
using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Infrastructure.Billing.Documents;
using CleanPlatform.Infrastructure.Billing.Jobs;
using CleanPlatform.Infrastructure.Billing.Persistence;
using CleanPlatform.Infrastructure.Billing.Seeding;
using CleanPlatform.Infrastructure.Billing.Webhooks;
using CleanPlatform.Infrastructure.Jobs;
using CleanPlatform.Infrastructure.Net;
using CleanPlatform.Infrastructure.Persistence.Seeding;

namespace CleanPlatform.Infrastructure.Billing;

/// <summary>The Billing module: the plans the platform sells and their price revisions, and its customers, their subscriptions and invoices.</summary>
public static class BillingModule
{
    public static IServiceCollection AddBillingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IBillingDb>(sp => sp.GetRequiredService<AppDbContext>());
        services.Configure<CatalogueSeedOptions>(configuration.GetSection(CatalogueSeedOptions.Section));
        services.AddScoped<IModuleReferenceData, BillingCatalogueSeed>();
        services.AddSingleton<PlanCatalogueCache>();
        services.AddOptions<BillingSellerOptions>().Bind(configuration.GetSection(BillingSellerOptions.Section))
            .Validate(o => VatRates.IsMemberState(o.Country), "Billing:Seller:Country must be the ISO code of an EU member state, such as DE.")
            .Validate(o => o.IsValid, "Billing:Seller needs LegalName, Line1, PostalCode, City, a VatNumber that passes its check, an Iban that passes mod 97, a Bic of 8 or 11 characters and a BankName.")
            .ValidateOnStart();
        services.AddScoped<CustomerVat>();
        services.AddScoped<IInvoiceNumbers, InvoiceNumbers>();
        services.AddOptions<BillingMeterOptions>().Bind(configuration.GetSection(BillingMeterOptions.Section))
            .Validate(o => o.IsValid, "Billing:Meters: at most 50, each keyed by a code of lower-case letters, digits and underscores, with a Name, a Unit, an Aggregation (Sum, Max, Last, Count, UniqueCount) and, for UniqueCount, a Property.")
            .ValidateOnStart();
        services.AddScoped<CreditGrantLocks>();
        services.AddScoped<CreditPayments>();
        services.AddScoped<InvoiceIssuer>();
        services.AddSingleton<IInvoicePdfRenderer, InvoicePdfRenderer>();
        services.AddScoped<InvoicePdfs>();
        services.AddScoped<SubscriptionPrices>();
        services.AddScoped<SubscriptionRenewals>();
        services.AddScoped<IModuleDemoData, BillingDemoData>();
        services.AddOptions<RenewalOptions>().Bind(configuration.GetSection(RenewalOptions.Section))
            .Validate(o => o.IsValid, "Billing:Renewals: FinalizeAfter cannot be negative, MaxPeriodsPerRun must be positive and BatchSize between 1 and 1000.")
            .ValidateOnStart();
        services.AddScheduledJob<RenewSubscriptionsJob>(configuration, defaultCron: "0 */10 * * * ?");
        services.AddOptions<DunningOptions>().Bind(configuration.GetSection(DunningOptions.Section))
            .Validate(o => o.IsValid, "Billing:Dunning: ReminderDays must be increasing days after the due date, each before FinalDay.")
            .ValidateOnStart();
        services.AddScheduledJob<ChaseOverdueInvoicesJob>(configuration, defaultCron: "0 5 * * * ?");
        services.AddScheduledJob<ExpireCreditsJob>(configuration, defaultCron: "0 15 * * * ?");
        services.AddWebhookDelivery(configuration);
        return services;
    }

    /// <summary>Outgoing webhooks: the queue the event handlers fill, the poster, and the job that posts every 10 s.</summary>
    internal static void AddWebhookDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookDeliveryOptions>().Bind(configuration.GetSection(WebhookDeliveryOptions.Section))
            .Validate(o => o.IsValid, "Billing:Webhooks: Timeout from 0 to 1 minute, BatchSize 1 to 1000, Parallelism 1 to 64.")
            .ValidateOnStart();
        services.AddScoped<WebhookOutbox>();
        services.AddScoped<WebhookDeliveryRun>();
        services.AddHttpClient<IWebhookPoster, WebhookPoster>(client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // the poster's own timeout answers instead
                client.DefaultRequestHeaders.UserAgent.ParseAdd("CleanPlatform-Webhooks/1");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
                if (!sp.GetRequiredService<IOptions<WebhookDeliveryOptions>>().Value.AllowPrivateAddresses)
                    handler.ConnectCallback = PublicAddressConnector.ConnectAsync;
                return handler;
            });
        services.AddScheduledJob<DeliverWebhooksJob>(configuration, defaultCron: "*/10 * * * * ?");
    }
}
