using System.Globalization;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Invoices.CreateDraftInvoice;
using CleanPlatform.Application.Billing.Invoices.ListInvoices;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>billing.md §2: the invoice lifecycle, its numbering and its immutability, on each provider.</summary>
public abstract class InvoiceTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Url = "/api/v1/billing/invoices";

    [Fact]
    public async Task Finalize_NumbersAndTaxesTheDraft_AndItsOrganizationSeesIt()
    {
        var (owner, organizationId) = await CustomerAsync();
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro, one month", 1m, 29.00m));

        var invoice = await Api.FinalizeAsync(organizationId, draft.Id, Ct);

        invoice.Number.Should().MatchRegex($"^INV-{invoice.IssuedAt!.Value.Year}-\\d{{6}}$");
        invoice.Should().BeEquivalentTo(new
        {
            Status = InvoiceStatus.Open,
            BuyerName = "Erika Mustermann",
            BuyerCountry = "DE",
            VatCase = (VatCase?)VatCase.DomesticConsumer,
            VatRate = (decimal?)19m,
            LineTotal = 29.00m,
            TaxTotal = 5.51m,
            Total = 34.51m,
            AmountDue = 34.51m,
        });
        var list = await (await owner.Client.GetAsync(Url, Ct)).ShouldBeAsync<PagedList<InvoiceSummaryDto>>(HttpStatusCode.OK);
        list.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { invoice.Number, Total = 34.51m });
        var shown = await (await owner.Client.GetAsync($"{Url}/{invoice.Id}", Ct)).ShouldBeAsync<InvoiceDto>(HttpStatusCode.OK);
        shown.Lines.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Description = "Pro, one month", Net = 29.00m });
    }

    [Fact]
    public async Task Finalize_AZeroTotal_IsKeptNumberedAndPaid()
    {
        var (_, organizationId) = await CustomerAsync();
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Free, one month", 1m, 0m));

        var invoice = await Api.FinalizeAsync(organizationId, draft.Id, Ct);

        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Paid, Total = 0m });
        invoice.Number.Should().StartWith("INV-");
    }

    [Fact]
    public async Task Finalize_WithoutBillingDetails_IsRefused_AndTakesNoNumber()
    {
        var owner = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro", 1m, 29m));

        var finalize = () => Api.FinalizeAsync(organizationId, draft.Id, Ct);

        (await finalize.Should().ThrowAsync<ConflictException>()).Which.Code.Should().Be("billing_customer.missing");
        var stored = await Api.InDatabaseAsync(db => db.Invoices.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == draft.Id, Ct));
        stored.Should().BeEquivalentTo(new { Status = InvoiceStatus.Draft, Number = (string?)null });
    }

    [Fact]
    public async Task Finalized_CannotBeChanged_EvenBySqlThroughTheContext_ButItsStatusMayMove()
    {
        var (_, organizationId) = await CustomerAsync();
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro", 1m, 29m));
        var invoice = await Api.FinalizeAsync(organizationId, draft.Id, Ct);

        foreach (var sql in new[]
        {
            """UPDATE "Invoices" SET "Total" = 0 WHERE "Id" = {0}""",
            """UPDATE "Invoices" SET "Number" = 'INV-0000-000000' WHERE "Id" = {0}""",
            """UPDATE "Invoices" SET "Status" = 'Draft' WHERE "Id" = {0}""",
            """DELETE FROM "Invoices" WHERE "Id" = {0}""",
            """UPDATE "InvoiceLines" SET "Net" = 1 WHERE "InvoiceId" = {0}""",
            """DELETE FROM "InvoiceLines" WHERE "InvoiceId" = {0}""",
            """INSERT INTO "InvoiceLines" ("InvoiceId", "Position", "Description", "Quantity", "UnitPrice", "Net") VALUES ({0}, 2, 'Extra', 1, 1, 1)""",
        })
        {
            var change = () => Api.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(sql, [invoice.Id], Ct));
            await change.Should().ThrowAsync<Exception>(sql);
        }

        var paid = await Api.InDatabaseAsync(db =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "Invoices" SET "Status" = 'Paid', "AmountPaid" = "Total" WHERE "Id" = {0}""", [invoice.Id], Ct));
        paid.Should().Be(1);
        var stored = await Api.InDatabaseAsync(db => db.Invoices.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == invoice.Id, Ct));
        stored.Should().BeEquivalentTo(new { invoice.Number, Total = 34.51m, Status = InvoiceStatus.Paid });
        stored.Lines.Should().ContainSingle().Which.Net.Should().Be(29m);
    }

    [Fact]
    public async Task ADraft_MayStillBeChangedAndDeleted()
    {
        var (_, organizationId) = await CustomerAsync();
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro", 1m, 29m));

        var deleted = await Api.InDatabaseAsync(db =>
            db.Database.ExecuteSqlRawAsync("""DELETE FROM "Invoices" WHERE "Id" = {0}""", [draft.Id], Ct));

        deleted.Should().Be(1);
    }

    [Fact]
    public async Task Invoices_OfAnotherOrganization_AreNotFound_AndMembersMayNotRead()
    {
        var (owner, organizationId) = await CustomerAsync();
        var invoice = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro", 1m, 29m));
        var stranger = await Api.RegisterAsync(Ct);
        var member = await Api.AddMemberAsync(owner, Roles.Member, Ct);

        await (await stranger.Client.GetAsync($"{Url}/{invoice.Id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await stranger.Client.GetAsync(Url, Ct)).ShouldBeAsync<PagedList<InvoiceSummaryDto>>(HttpStatusCode.OK)).Items.Should().BeEmpty();
        await (await member.Client.GetAsync(Url, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("?pageSize=201", "pageSize")]
    [InlineData("?page=0", "page")]
    [InlineData("?status=Lost", "status")]
    public async Task ListInvoices_BadQuery_Is400NamingIt(string query, string field)
    {
        var owner = await Api.RegisterAsync(Ct);

        (await (await owner.Client.GetAsync(Url + query, Ct)).ShouldBeInvalidAsync()).Should().Contain(field);
    }

    private async Task<(Caller Owner, Guid OrganizationId)> CustomerAsync()
    {
        var owner = await Api.RegisterAsync(Ct);
        await owner.SaveGermanConsumerAsync(Ct);
        return (owner, await Api.OrganizationIdOfAsync(owner.Email, Ct));
    }
}

[Collection(PostgresApi.Name)]
public sealed class InvoicePostgresTests(PostgresApiFactory api) : InvoiceTests<PostgresApiFactory>(api)
{
    [Fact]
    public async Task Finalize_TwentyAtOnce_TakeConsecutiveNumbersWithoutAGap()
    {
        var customers = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var owner = await Api.RegisterAsync(Ct);
            await owner.SaveGermanConsumerAsync(Ct);
            customers.Add(await Api.OrganizationIdOfAsync(owner.Email, Ct));
        }

        var drafts = new List<(Guid Organization, Guid Invoice)>();
        for (var i = 0; i < 20; i++)
        {
            var organizationId = customers[i % customers.Count];
            drafts.Add((organizationId, (await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro", 1m, 29m))).Id));
        }

        var finalized = await Task.WhenAll(drafts.Select(d => Api.FinalizeAsync(d.Organization, d.Invoice, Ct)));

        var sequences = finalized.Select(i => long.Parse(i.Number![^6..], CultureInfo.InvariantCulture)).Order().ToList();
        sequences.Should().OnlyHaveUniqueItems();
        (sequences[^1] - sequences[0]).Should().Be(19, "twenty finalizations take twenty consecutive numbers");
        var year = finalized[0].IssuedAt!.Value.Year;
        var last = await Api.InDatabaseAsync(db => db.Database
            .SqlQueryRaw<long>("""SELECT "Last" AS "Value" FROM "InvoiceSequences" WHERE "Series" = 'INV' AND "Year" = {0}""", year)
            .SingleAsync(Ct));
        last.Should().Be(sequences[^1], "no number was taken and lost");
    }
}

[Collection(SqliteApi.Name)]
public sealed class InvoiceSqliteTests(SqliteApiFactory api) : InvoiceTests<SqliteApiFactory>(api);
