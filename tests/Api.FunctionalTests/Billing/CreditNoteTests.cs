using System.Globalization;
using CleanPlatform.Application.Billing.CreditNotes.Common;
using CleanPlatform.Application.Billing.CreditNotes.ListCreditNotes;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Invoices.CreateDraftInvoice;
using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>billing.md §1, §2, §7, §15: the operator issues credit notes against invoices; their organizations read them.</summary>
public abstract class CreditNoteTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string CreditNotesUrl = "/api/v1/billing/credit-notes";

    [Fact]
    public async Task Full_OfAnUnpaidInvoice_VoidsIt_AndItsOrganizationSeesTheCreditNote()
    {
        var (owner, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);

        var note = await (await IssueAsync(operatorAdmin, invoice.Id, """{"kind":"Full","reason":"Order cancelled"}"""))
            .ShouldBeAsync<CreditNoteDto>(HttpStatusCode.Created);

        note.Number.Should().MatchRegex($"^CN-{note.IssuedAt.Year}-\\d{{6}}$");
        note.Should().BeEquivalentTo(new
        {
            Kind = CreditNoteKind.Full,
            InvoiceNumber = invoice.Number,
            LineTotal = 29.00m,
            TaxTotal = 5.51m,
            Total = 34.51m,
            AppliedToInvoice = 34.51m,
            RefundDue = 0m,
        });
        var shown = await InvoiceAsync(owner, invoice.Id);
        shown.Should().BeEquivalentTo(new { Status = InvoiceStatus.Void, invoice.Number, AmountCredited = 34.51m, AmountDue = 0m });
        shown.CreditNotes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { note.Id, note.Number, Total = 34.51m });
        (await (await owner.Client.GetAsync($"{CreditNotesUrl}/{note.Id}", Ct)).ShouldBeAsync<CreditNoteDto>(HttpStatusCode.OK))
            .Lines.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Description = "Pro, one month", Net = 29.00m });
        (await (await owner.Client.GetAsync(CreditNotesUrl, Ct)).ShouldBeAsync<PagedList<CreditNoteSummaryDto>>(HttpStatusCode.OK))
            .Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { note.Number, Total = 34.51m });
    }

    [Fact]
    public async Task ByLines_ReducesWhatIsDue()
    {
        var (owner, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);

        var note = await (await IssueAsync(operatorAdmin, invoice.Id,
            """{"kind":"Lines","lines":[{"description":"Outage credit","amount":{"amount":10.00,"currency":"EUR"}}],"reason":"Outage"}"""))
            .ShouldBeAsync<CreditNoteDto>(HttpStatusCode.Created);

        note.Should().BeEquivalentTo(new { LineTotal = 10.00m, TaxTotal = 1.90m, Total = 11.90m, AppliedToInvoice = 11.90m, RefundDue = 0m });
        (await InvoiceAsync(owner, invoice.Id)).Should().BeEquivalentTo(
            new { Status = InvoiceStatus.Open, AmountCredited = 11.90m, AmountDue = 22.61m });
    }

    [Fact]
    public async Task Gross_OnAPaidInvoice_IsAllRefundDue_AndShowsTheGrossAskedFor()
    {
        var (owner, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        await PayAsync(operatorAdmin, invoice);

        var note = await (await IssueAsync(operatorAdmin, invoice.Id,
            """{"kind":"Gross","grossAmount":{"amount":13.00,"currency":"EUR"},"reason":"Goodwill"}"""))
            .ShouldBeAsync<CreditNoteDto>(HttpStatusCode.Created);

        note.Should().BeEquivalentTo(new
        {
            LineTotal = 10.92m,
            TaxTotal = 2.07m,
            Total = 12.99m,
            RequestedGross = (decimal?)13.00m,
            AppliedToInvoice = 0m,
            RefundDue = 12.99m,
        });
        (await InvoiceAsync(owner, invoice.Id)).Should().BeEquivalentTo(new { Status = InvoiceStatus.Paid, AmountCredited = 12.99m, AmountDue = 0m });
    }

    [Fact]
    public async Task OverCrediting_Is409_AndNothingIsWritten()
    {
        var (owner, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        await (await IssueAsync(operatorAdmin, invoice.Id, """{"kind":"Gross","grossAmount":{"amount":30.00,"currency":"EUR"},"reason":"First"}"""))
            .ShouldBeAsync<CreditNoteDto>(HttpStatusCode.Created);
        var countBefore = await Api.InDatabaseAsync(db => db.CreditNotes.IgnoreQueryFilters().CountAsync(Ct));

        await (await IssueAsync(operatorAdmin, invoice.Id, """{"kind":"Gross","grossAmount":{"amount":4.52,"currency":"EUR"},"reason":"Second"}"""))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "credit_note.exceeds_invoice");
        await (await IssueAsync(operatorAdmin, invoice.Id, """{"kind":"Full","reason":"Third"}"""))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "credit_note.exceeds_invoice");

        (await Api.InDatabaseAsync(db => db.CreditNotes.IgnoreQueryFilters().CountAsync(Ct))).Should().Be(countBefore);
        (await InvoiceAsync(owner, invoice.Id)).Should().BeEquivalentTo(new { Status = InvoiceStatus.Open, AmountCredited = 30.00m, AmountDue = 4.51m });
    }

    [Theory]
    [InlineData("""{"kind":"Refund","reason":"x"}""", "kind")]
    [InlineData("""{"kind":"Lines","reason":"x"}""", "lines")]
    [InlineData("""{"kind":"Lines","lines":[{"description":"a","amount":{"amount":0,"currency":"EUR"}}],"reason":"x"}""", "lines[0].amount.amount")]
    [InlineData("""{"kind":"Gross","reason":"x"}""", "grossAmount")]
    [InlineData("""{"kind":"Gross","grossAmount":{"amount":-1,"currency":"EUR"},"reason":"x"}""", "grossAmount.amount")]
    [InlineData("""{"kind":"Full","grossAmount":{"amount":1,"currency":"EUR"},"reason":"x"}""", "grossAmount")]
    [InlineData("""{"kind":"Full","reason":""}""", "reason")]
    public async Task BadRequest_Is400NamingTheField(string body, string field)
    {
        var (_, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);

        var problem = await (await IssueAsync(operatorAdmin, invoice.Id, body)).ShouldBeInvalidAsync();

        problem.Should().Contain(key => key.Equals(field, StringComparison.OrdinalIgnoreCase) || key.EndsWith("." + field, StringComparison.OrdinalIgnoreCase)
            || key.StartsWith(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OnlyTheOperator_MayIssue_AndADraftIsRefused()
    {
        var (owner, invoice) = await OpenInvoiceAsync();
        var member = await Api.AddMemberAsync(owner, Roles.Member, Ct);
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        var draft = await Api.DraftAsync(await Api.OrganizationIdOfAsync(owner.Email, Ct), Ct, new DraftLine("Pro", 1m, 29m));

        await (await IssueAsync(owner, invoice.Id, """{"kind":"Full","reason":"x"}""")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await IssueAsync(member, invoice.Id, """{"kind":"Full","reason":"x"}""")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await IssueAsync(operatorAdmin, draft.Id, """{"kind":"Full","reason":"x"}"""))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.UnprocessableEntity, "credit_note.invoice_not_creditable");
        await (await IssueAsync(operatorAdmin, Guid.NewGuid(), """{"kind":"Full","reason":"x"}""")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await InvoiceAsync(owner, invoice.Id)).AmountCredited.Should().Be(0m);
    }

    [Fact]
    public async Task AnotherOrganizationsCreditNote_IsNotFound_AndMembersMayNotRead()
    {
        var (owner, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        var note = await (await IssueAsync(operatorAdmin, invoice.Id, """{"kind":"Full","reason":"x"}""")).ShouldBeAsync<CreditNoteDto>(HttpStatusCode.Created);
        var stranger = await Api.RegisterAsync(Ct);
        var member = await Api.AddMemberAsync(owner, Roles.Member, Ct);

        await (await stranger.Client.GetAsync($"{CreditNotesUrl}/{note.Id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await stranger.Client.GetAsync(CreditNotesUrl, Ct)).ShouldBeAsync<PagedList<CreditNoteSummaryDto>>(HttpStatusCode.OK))
            .Items.Should().BeEmpty();
        await (await member.Client.GetAsync($"{CreditNotesUrl}/{note.Id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheKey_IsRequired_AndAReplayReturnsTheSameCreditNote()
    {
        var (_, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        var key = Guid.NewGuid().ToString();
        const string Body = """{"kind":"Gross","grossAmount":{"amount":10.00,"currency":"EUR"},"reason":"Outage"}""";

        (await (await IssueAsync(operatorAdmin, invoice.Id, Body, key: null)).ShouldBeInvalidAsync()).Should().Equal("Idempotency-Key");
        var first = await (await IssueAsync(operatorAdmin, invoice.Id, Body, key)).ShouldBeAsync<CreditNoteDto>(HttpStatusCode.Created);
        var replay = await IssueAsync(operatorAdmin, invoice.Id, Body, key);

        (await replay.ShouldBeAsync<CreditNoteDto>(HttpStatusCode.Created)).Should().BeEquivalentTo(new { first.Id, first.Number });
        replay.Headers.GetValues("Idempotency-Replayed").Should().Equal("true");
        (await Api.InDatabaseAsync(db => db.CreditNotes.IgnoreQueryFilters().CountAsync(c => c.InvoiceId == invoice.Id, Ct))).Should().Be(1);
    }

    protected static Task<HttpResponseMessage> IssueAsync(Caller caller, Guid invoiceId, string body, string? key = "") =>
        caller.IssueCreditNoteAsync(invoiceId, body, Ct, key);

    protected async Task<(Caller Owner, InvoiceDto Invoice)> OpenInvoiceAsync()
    {
        var owner = await Api.RegisterAsync(Ct);
        await owner.SaveGermanConsumerAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro, one month", 1m, 29.00m));
        return (owner, await Api.FinalizeAsync(organizationId, draft.Id, Ct));
    }

    private async Task PayAsync(Caller operatorAdmin, InvoiceDto invoice) =>
        (await operatorAdmin.RecordTransferAsync(invoice, 34.51m, Api.Time.GetUtcNow(), Ct)).EnsureSuccessStatusCode();

    private static async Task<InvoiceDto> InvoiceAsync(Caller owner, Guid id) =>
        await (await owner.Client.GetAsync($"/api/v1/billing/invoices/{id}", Ct)).ShouldBeAsync<InvoiceDto>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class CreditNotePostgresTests(PostgresApiFactory api) : CreditNoteTests<PostgresApiFactory>(api)
{
    [Fact]
    public async Task Issue_TwentyAtOnceOnDifferentInvoices_TakeConsecutiveNumbersWithoutAGap()
    {
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        var invoices = new List<InvoiceDto>();
        for (var i = 0; i < 20; i++)
            invoices.Add((await OpenInvoiceAsync()).Invoice);

        var responses = await Task.WhenAll(invoices.Select(invoice =>
            IssueAsync(operatorAdmin, invoice.Id, """{"kind":"Gross","grossAmount":{"amount":5.00,"currency":"EUR"},"reason":"x"}""")));
        var notes = await Task.WhenAll(responses.Select(r => r.ShouldBeAsync<CreditNoteDto>(HttpStatusCode.Created)));

        var sequences = notes.Select(n => long.Parse(n.Number[^6..], CultureInfo.InvariantCulture)).Order().ToList();
        sequences.Should().OnlyHaveUniqueItems();
        (sequences[^1] - sequences[0]).Should().Be(19, "twenty credit notes take twenty consecutive numbers");
        var last = await Api.InDatabaseAsync(db => db.Database
            .SqlQueryRaw<long>("""SELECT "Last" AS "Value" FROM "InvoiceSequences" WHERE "Series" = 'CN' AND "Year" = {0}""", notes[0].IssuedAt.Year)
            .SingleAsync(Ct));
        last.Should().Be(sequences[^1], "no number was taken and lost");
    }

    [Fact]
    public async Task Issue_ManyAtOnceOnOneInvoice_NeverCreditMoreThanItsTotal()
    {
        var (owner, invoice) = await OpenInvoiceAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            IssueAsync(operatorAdmin, invoice.Id, """{"kind":"Gross","grossAmount":{"amount":10.00,"currency":"EUR"},"reason":"x"}""")));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(3, "three of 10.00 fit in 34.51, a fourth does not");
        responses.Where(r => r.StatusCode != HttpStatusCode.Created).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Conflict);
        var credited = await Api.InDatabaseAsync(db => db.CreditNotes.IgnoreQueryFilters().Where(c => c.InvoiceId == invoice.Id)
            .Select(c => c.Total).ToListAsync(Ct));
        credited.Sum().Should().Be(30.00m);
        (await InvoiceAsync(owner, invoice.Id)).AmountCredited.Should().Be(30.00m);
    }

    private static async Task<InvoiceDto> InvoiceAsync(Caller owner, Guid id) =>
        await (await owner.Client.GetAsync($"/api/v1/billing/invoices/{id}", Ct)).ShouldBeAsync<InvoiceDto>(HttpStatusCode.OK);
}

[Collection(SqliteApi.Name)]
public sealed class CreditNoteSqliteTests(SqliteApiFactory api) : CreditNoteTests<SqliteApiFactory>(api);
