using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Credits.GetCreditWallet;
using CleanPlatform.Application.Billing.Customers.Common;
using CleanPlatform.Application.Billing.Invoices.ListInvoices;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Payments;
using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Infrastructure.Billing.Seeding;
using CleanPlatform.Infrastructure.Callers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>The demo organization as a customer: its billing details and a year of invoices.</summary>
public abstract class BillingDemoDataTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Seed_GivesBillingDetailsAndAYearOfInvoices_NumberedInIssueOrder_AllPaidButTheLast()
    {
        var owner = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);

        await new BillingDemoData(Api.Services.GetRequiredService<SystemWork>(),
            Options.Create(new BillingSellerOptions { Country = "DE" }), Api.Time, NullLogger<BillingDemoData>.Instance)
            .SeedAsync(organizationId, Ct);

        var details = await (await owner.Client.GetAsync(InvoiceRequests.DetailsUrl, Ct)).ShouldBeAsync<BillingCustomerDto>(HttpStatusCode.OK);
        details.Should().BeEquivalentTo(new
        {
            LegalName = "Demo Advisory GmbH",
            VatNumberStatus = VatNumberStatus.Unchecked,
            Vat = new { Case = VatCase.DomesticBusiness, Rate = 19m },
        });
        var invoices = (await (await owner.Client.GetAsync("/api/v1/billing/invoices?pageSize=50", Ct))
            .ShouldBeAsync<PagedList<InvoiceSummaryDto>>(HttpStatusCode.OK)).Items;
        invoices.Should().HaveCount(BillingDemoData.Months).And.OnlyContain(i => i.Total == 34.51m);
        invoices.Select(i => i.Status).Should().Equal(
            [InvoiceStatus.Open, .. Enumerable.Repeat(InvoiceStatus.Paid, BillingDemoData.Months - 1)]);
        invoices.Should().BeInDescendingOrder(i => i.CreatedAt, "the list is newest first");
        var byIssue = invoices.OrderBy(i => i.IssuedAt).ToList();
        byIssue.Select(i => i.IssuedAt!.Value).Should().BeInAscendingOrder();
        byIssue.Select(i => i.Number).Should().BeInAscendingOrder(StringComparer.Ordinal, "numbers increase with the issue date");
        (await (await owner.Client.GetAsync("/api/v1/billing/credits", Ct)).ShouldBeAsync<CreditWalletDto>(HttpStatusCode.OK))
            .Balances.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Currency = "EUR", Available = 20.00m, LiveGrants = 1 });
        var paidByCredits = await Api.InDatabaseAsync(db => db.Payments.IgnoreQueryFilters()
            .Where(p => p.OrganizationId == organizationId && p.Method == PaymentMethod.Credits)
            .Select(p => new { p.InvoiceId, p.Amount }).ToListAsync(Ct));
        paidByCredits.Should().ContainSingle().Which.Should().BeEquivalentTo(new { InvoiceId = byIssue[^3].Id, Amount = 25.00m });
    }
}

[Collection(PostgresApi.Name)]
public sealed class BillingDemoDataPostgresTests(PostgresApiFactory api) : BillingDemoDataTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BillingDemoDataSqliteTests(SqliteApiFactory api) : BillingDemoDataTests<SqliteApiFactory>(api);
