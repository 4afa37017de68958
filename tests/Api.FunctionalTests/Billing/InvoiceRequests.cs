using System.Net.Http.Headers;
using System.Net.Http.Json;
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

    /// <summary>The platform administrator records a bank transfer of <paramref name="amount"/> EUR for the invoice, quoting its number.</summary>
    public static Task<HttpResponseMessage> RecordTransferAsync(this Caller operatorAdmin, InvoiceDto invoice, decimal amount,
        DateTimeOffset receivedAt, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/billing/invoices/{invoice.Id}/payments")
        {
            Content = JsonContent.Create(new { amount = new { amount, currency = "EUR" }, reference = invoice.Number, receivedAt }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return operatorAdmin.Client.SendAsync(request, ct);
    }

    /// <summary>Asks for a credit note of the invoice with <paramref name="body"/>: a fresh Idempotency-Key (""), the one given, or none (null).</summary>
    public static Task<HttpResponseMessage> IssueCreditNoteAsync(this Caller caller, Guid invoiceId, string body,
        CancellationToken ct, string? key = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/billing/invoices/{invoiceId}/credit-notes")
        {
            Content = new StringContent(body, new MediaTypeHeaderValue("application/json")),
        };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key.Length == 0 ? Guid.NewGuid().ToString() : key);
        return caller.Client.SendAsync(request, ct);
    }

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
