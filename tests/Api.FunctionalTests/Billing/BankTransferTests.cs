using System.Net.Http.Headers;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Invoices.CreateDraftInvoice;
using CleanPlatform.Application.Billing.Payments.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Payments;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>billing.md §5 and §7: the operator records bank transfers against invoices, once per key.</summary>
public abstract class BankTransferTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task TheOperator_RecordsTransfers_UntilTheInvoiceIsPaid_AndItsOrganizationSeesIt()
    {
        var (owner, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);

        var first = await (await PostAsync(operatorAdmin, invoice.Id, "30.00", Guid.NewGuid().ToString()))
            .ShouldBeAsync<PaymentDto>(HttpStatusCode.Created);
        var partly = await InvoiceAsync(owner, invoice.Id);
        await (await PostAsync(operatorAdmin, invoice.Id, "4.51", Guid.NewGuid().ToString())).ShouldBeAsync<PaymentDto>(HttpStatusCode.Created);

        first.Should().BeEquivalentTo(new
        {
            Method = PaymentMethod.BankTransfer,
            Status = PaymentStatus.Succeeded,
            Amount = new { Amount = 30.00m, Currency = "EUR" },
            Reference = invoice.Number,
        });
        partly.Should().BeEquivalentTo(new { Status = InvoiceStatus.Open, AmountPaid = 30.00m, AmountDue = 4.51m });
        (await InvoiceAsync(owner, invoice.Id)).Should().BeEquivalentTo(new { Status = InvoiceStatus.Paid, AmountDue = 0m });
    }

    [Fact]
    public async Task TheKey_IsRequired_AndAReplayRecordsNothingTwice()
    {
        var (_, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        var key = Guid.NewGuid().ToString();

        (await (await PostAsync(operatorAdmin, invoice.Id, "10.00", key: null)).ShouldBeInvalidAsync()).Should().Equal("Idempotency-Key");
        var first = await (await PostAsync(operatorAdmin, invoice.Id, "10.00", key)).ShouldBeAsync<PaymentDto>(HttpStatusCode.Created);
        var replay = await PostAsync(operatorAdmin, invoice.Id, "10.00", key);

        (await replay.ShouldBeAsync<PaymentDto>(HttpStatusCode.Created)).Id.Should().Be(first.Id);
        replay.Headers.GetValues("Idempotency-Replayed").Should().Equal("true");
        (await Api.InDatabaseAsync(db => db.Payments.IgnoreQueryFilters().CountAsync(p => p.InvoiceId == invoice.Id, Ct))).Should().Be(1);
    }

    [Fact]
    public async Task OnlyTheOperator_MayRecord_AndBadTransfersAreRefusedWithNothingWritten()
    {
        var (owner, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro", 1m, 29m));

        await (await PostAsync(owner, invoice.Id, "10.00", Guid.NewGuid().ToString())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PostAsync(operatorAdmin, invoice.Id, "34.52", Guid.NewGuid().ToString()))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.UnprocessableEntity, "invoice.payment_invalid");
        await (await PostAsync(operatorAdmin, draft.Id, "10.00", Guid.NewGuid().ToString()))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.UnprocessableEntity, "invoice.not_payable");
        await (await PostAsync(operatorAdmin, Guid.NewGuid(), "10.00", Guid.NewGuid().ToString())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await PostAsync(operatorAdmin, invoice.Id, "0", Guid.NewGuid().ToString())).ShouldBeInvalidAsync()).Should().Contain("amount.amount");
        await (await PostAsync(operatorAdmin, invoice.Id, "10.00", Guid.NewGuid().ToString(), receivedAt: Api.Time.GetUtcNow().AddDays(1)))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.UnprocessableEntity, "payment.received_in_future");

        (await Api.InDatabaseAsync(db => db.Payments.IgnoreQueryFilters().CountAsync(p => p.OrganizationId == organizationId, Ct))).Should().Be(0);
        (await InvoiceAsync(owner, invoice.Id)).AmountPaid.Should().Be(0m);
    }

    private Task<HttpResponseMessage> PostAsync(Caller caller, Guid invoiceId, string amount, string? key,
        DateTimeOffset? receivedAt = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/billing/invoices/{invoiceId}/payments")
        {
            Content = new StringContent($$"""
                {"amount":{"amount":{{amount}},"currency":"EUR"},"reference":"{{Reference}}","receivedAt":"{{(receivedAt ?? Api.Time.GetUtcNow()).ToString("O", System.Globalization.CultureInfo.InvariantCulture)}}"}
                """, new MediaTypeHeaderValue("application/json")),
        };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        return caller.Client.SendAsync(request, Ct);
    }

    private string Reference { get; set; } = "";

    private async Task<(Caller Owner, InvoiceDto Invoice)> OpenInvoiceAsync()
    {
        var owner = await Api.RegisterAsync(Ct);
        await owner.SaveGermanConsumerAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro, one month", 1m, 29.00m));
        var invoice = await Api.FinalizeAsync(organizationId, draft.Id, Ct);
        Reference = invoice.Number!;
        return (owner, invoice);
    }

    private static async Task<InvoiceDto> InvoiceAsync(Caller owner, Guid id) =>
        await (await owner.Client.GetAsync($"/api/v1/billing/invoices/{id}", Ct)).ShouldBeAsync<InvoiceDto>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class BankTransferPostgresTests(PostgresApiFactory api) : BankTransferTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BankTransferSqliteTests(SqliteApiFactory api) : BankTransferTests<SqliteApiFactory>(api);
