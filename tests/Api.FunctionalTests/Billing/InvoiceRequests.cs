using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Invoices.CreateDraftInvoice;
using CleanPlatform.Application.Billing.Invoices.FinalizeInvoice;
using CleanPlatform.Infrastructure.Callers;
using Mediator;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>Invoices made the way the platform's own work makes them: commands sent as the organization's system caller.</summary>
internal static class InvoiceRequests
{
    public const string DetailsUrl = "/api/v1/billing/customer";

    /// <summary>Saves a German consumer's billing details (19 % VAT) for the caller's organization.</summary>
    public static async Task SaveGermanConsumerAsync(this Caller caller, CancellationToken ct) =>
        (await caller.Client.PutAsJsonAsync(DetailsUrl, new
        {
            version = 0,
            legalName = "Erika Mustermann",
            email = "erika@example.test",
            address = new { line1 = "Hauptstraße 1", line2 = (string?)null, city = "Berlin", postalCode = "10115", country = "DE" },
            isBusiness = false,
            vatNumber = (string?)null,
            timeZone = "Europe/Berlin",
            currency = "EUR",
        }, ct)).EnsureSuccessStatusCode();

    public static Task<InvoiceDto> DraftAsync(this ApiFactory api, Guid organizationId, CancellationToken ct,
        params DraftLine[] lines) =>
        api.SendAsSystemAsync(organizationId, new CreateDraftInvoice("EUR", lines), ct);

    public static Task<InvoiceDto> FinalizeAsync(this ApiFactory api, Guid organizationId, Guid invoiceId, CancellationToken ct) =>
        api.SendAsSystemAsync(organizationId, new FinalizeInvoice(invoiceId), ct);

    public static async Task<T> SendAsSystemAsync<T>(this ApiFactory api, Guid organizationId, ICommand<T> command,
        CancellationToken ct)
    {
        T result = default!;
        try
        {
            await api.Services.GetRequiredService<SystemWork>().ForEachOrganizationAsync("Billing tests", [organizationId],
                async (services, token) => result = await services.GetRequiredService<ISender>().Send(command, token), ct);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            throw ex.InnerExceptions[0];
        }

        return result;
    }
}
