using System.Security.Cryptography;
using CleanPlatform.Application.Billing.Invoices.CreateDraftInvoice;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>
/// billing.md §2, §11: a finalized invoice's PDF, rendered after the finalization, stored with its SHA-256, attached to
/// the e-mail that announces it and downloaded by the organization's members, on each provider.
/// </summary>
public abstract class InvoicePdfTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Url = "/api/v1/billing/invoices";

    [Fact]
    public async Task Finalized_IsRenderedStoredAndAttached_AndAViewerDownloadsTheSameBytes()
    {
        var (owner, organizationId) = await CustomerAsync();
        var viewer = await Api.AddMemberAsync(owner, Roles.Viewer, Ct);
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro, one month", 1m, 29.00m));
        var invoice = await Api.FinalizeAsync(organizationId, draft.Id, Ct);

        await Api.DispatchOutboxAsync(Ct);

        var stored = await Api.InDatabaseAsync(db => db.InvoiceDocuments.AsNoTracking().SingleAsync(d => d.InvoiceId == invoice.Id, Ct));
        stored.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(stored.Content)));
        var response = await viewer.Client.GetAsync($"{Url}/{invoice.Id}/pdf", Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be($"{invoice.Number}.pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes.Should().Equal(stored.Content);
        response.Headers.GetValues("Repr-Digest").Should().ContainSingle()
            .Which.Should().Be($"sha-256=:{Convert.ToBase64String(SHA256.HashData(bytes))}:");
        response.Headers.ETag!.Tag.Should().Be($"\"{stored.Sha256}\"");
        PdfText.Of(bytes).Should().Contain(invoice.Number).And.Contain("Total 34.51 EUR");
        var mail = FinalizationMail(invoice.Id).Should().ContainSingle().Subject;
        mail.Attachments.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { FileName = $"{invoice.Number}.pdf", ContentType = "application/pdf", Content = stored.Content });
    }

    [Fact]
    public async Task Download_BeforeTheHandlerRan_RendersAndStoresIt_AndTheHandlerKeepsThatOne()
    {
        var (owner, organizationId) = await CustomerAsync();
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro, one month", 1m, 29.00m));
        var invoice = await Api.FinalizeAsync(organizationId, draft.Id, Ct);

        var first = await (await owner.Client.GetAsync($"{Url}/{invoice.Id}/pdf", Ct)).Content.ReadAsByteArrayAsync(Ct);
        await Api.DispatchOutboxAsync(Ct);

        var stored = await Api.InDatabaseAsync(db => db.InvoiceDocuments.AsNoTracking().SingleAsync(d => d.InvoiceId == invoice.Id, Ct));
        stored.Content.Should().Equal(first);
        FinalizationMail(invoice.Id).Should().ContainSingle().Which.Attachments.Should().ContainSingle().Which.Content.Should().Equal(first);
    }

    [Fact]
    public async Task AnotherOrganizationsInvoice_IsNotFound_AndADraft_IsAConflict()
    {
        var (owner, organizationId) = await CustomerAsync();
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro", 1m, 29m));
        var other = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro", 1m, 29m));
        var finalized = await Api.FinalizeAsync(organizationId, other.Id, Ct);
        var stranger = await Api.RegisterAsync(Ct);

        await (await owner.Client.GetAsync($"{Url}/{draft.Id}/pdf", Ct))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "invoice.not_finalized");
        await (await stranger.Client.GetAsync($"{Url}/{finalized.Id}/pdf", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.GetAsync($"{Url}/{Guid.NewGuid()}/pdf", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await Api.InDatabaseAsync(db => db.InvoiceDocuments.AnyAsync(d => d.InvoiceId == draft.Id, Ct))).Should().BeFalse();
    }

    // Numbers start again in each test on a database wiped between tests: the link names the invoice.
    private IEnumerable<EmailMessage> FinalizationMail(Guid invoiceId) =>
        Api.Mailbox.To("erika@example.test").Where(m => m.Subject.StartsWith("Invoice ", StringComparison.Ordinal)
            && m.Body.Contains($"/billing/invoices/{invoiceId}", StringComparison.Ordinal));

    private async Task<(Caller Owner, Guid OrganizationId)> CustomerAsync()
    {
        var owner = await Api.RegisterAsync(Ct);
        await owner.SaveGermanConsumerAsync(Ct);
        return (owner, await Api.OrganizationIdOfAsync(owner.Email, Ct));
    }
}

[Collection(PostgresApi.Name)]
public sealed class InvoicePdfPostgresTests(PostgresApiFactory api) : InvoicePdfTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class InvoicePdfSqliteTests(SqliteApiFactory api) : InvoicePdfTests<SqliteApiFactory>(api);
