using System.Globalization;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.ChaseOverdueInvoices;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Subscriptions;
using static CleanPlatform.Api.FunctionalTests.Billing.SubscriptionRequests;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>billing.md §9 for bank transfers, driven by the test clock: past due, reminders, the final failure, recovery.</summary>
public abstract class DunningTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private static readonly DunningOptions Dunning = new();

    [Fact]
    public async Task AnUnpaidInvoice_MakesItPastDue_IsRemindedOnDays1And7_ThenWrittenOffOnDay14_AndTheSubscriptionEnds()
    {
        var (owner, organizationId, invoice) = await ActiveWithOpenInvoiceAsync();
        var dueAt = invoice.DueAt!.Value;

        Api.Time.Advance(dueAt.AddDays(1) - Api.Time.GetUtcNow());
        var dayOne = await ChaseAsync(organizationId);
        var again = await ChaseAsync(organizationId);
        var pastDue = (await SubscriptionAsync(organizationId)).Status;
        Api.Time.Advance(TimeSpan.FromDays(6));
        var daySeven = await ChaseAsync(organizationId);
        Api.Time.Advance(TimeSpan.FromDays(7));
        var dayFourteen = await ChaseAsync(organizationId);
        await Api.DispatchOutboxAsync(Ct);

        dayOne.Should().Be(new DunningRunDto(Reminded: 1, PastDue: 1, Uncollectible: 0, Ended: 0));
        again.Should().Be(new DunningRunDto(0, 0, 0, 0), "each reminder goes once");
        pastDue.Should().Be(SubscriptionStatus.PastDue);
        daySeven.Should().Be(new DunningRunDto(Reminded: 1, PastDue: 0, Uncollectible: 0, Ended: 0));
        dayFourteen.Should().Be(new DunningRunDto(Reminded: 0, PastDue: 0, Uncollectible: 1, Ended: 1));
        (await InvoiceAsync(invoice.Id)).Status.Should().Be(InvoiceStatus.Uncollectible);
        (await SubscriptionAsync(organizationId)).Status.Should().Be(SubscriptionStatus.Canceled);
        (await Api.InDatabaseAsync(db => db.Organizations.Where(o => o.Id == organizationId).Select(o => o.PlanCode).SingleAsync(Ct)))
            .Should().Be("Free");
        var reminders = Api.Mailbox.To("erika@example.test").Where(m => m.Subject.EndsWith($"invoice {invoice.Number} is overdue", StringComparison.Ordinal)).ToList();
        reminders.Select(m => m.Subject[..10]).Should().Equal("Reminder 1", "Reminder 2");
        reminders[0].Body.Should().Contain("34.51 EUR").And.Contain(dueAt.AddDays(Dunning.FinalDay).ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        Api.Mailbox.To("erika@example.test").Should().ContainSingle(m => m.Subject == "Your Pro subscription has ended"
                && m.Body.Contains($"- {invoice.Number}: 34.51 EUR", StringComparison.Ordinal), "the end of dunning is told once")
            .Which.Body.Should().Contain("back on the Free plan").And.Contain("/billing/subscription");
        owner.Should().NotBeNull();
    }

    [Fact]
    public async Task ATransferThatArrives_MakesThePastDueSubscriptionActiveAgain_AndEndsTheChase()
    {
        var (_, organizationId, invoice) = await ActiveWithOpenInvoiceAsync();
        Api.Time.Advance(invoice.DueAt!.Value.AddDays(2) - Api.Time.GetUtcNow());
        await ChaseAsync(organizationId);
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/billing/invoices/{invoice.Id}/payments")
        {
            Content = JsonContent.Create(new { amount = new { amount = 34.51m, currency = "EUR" }, reference = invoice.Number, receivedAt = Api.Time.GetUtcNow() }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        (await operatorAdmin.Client.SendAsync(request, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        Api.Time.Advance(TimeSpan.FromDays(14));

        (await SubscriptionAsync(organizationId)).Status.Should().Be(SubscriptionStatus.Active);
        (await ChaseAsync(organizationId)).Should().Be(new DunningRunDto(0, 0, 0, 0));
    }

    private Task<DunningRunDto> ChaseAsync(Guid organizationId) =>
        Api.SendAsSystemAsync(organizationId, new ChaseOverdueInvoices(), Ct);

    private Task<Invoice> InvoiceAsync(Guid id) =>
        Api.InDatabaseAsync(db => db.Invoices.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id, Ct));

    private Task<Subscription> SubscriptionAsync(Guid organizationId) =>
        Api.InDatabaseAsync(db => db.Subscriptions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.OrganizationId == organizationId).OrderByDescending(s => s.CreatedAt).FirstAsync(Ct));

    // An active subscription (the first one trials, so it is ended and a second one taken) and its first invoice.
    private async Task<(Caller Owner, Guid OrganizationId, Invoice Invoice)> ActiveWithOpenInvoiceAsync()
    {
        var owner = await Api.RegisterAsync(Ct);
        await owner.SaveGermanConsumerAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var trial = await owner.SubscribeAsync("Pro", Ct);
        (await owner.PostCancelAsync(atPeriodEnd: false, trial.Version, Ct)).EnsureSuccessStatusCode();
        await owner.SubscribeAsync("Pro", Ct);
        var invoice = await Api.InDatabaseAsync(db => db.Invoices.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(i => i.OrganizationId == organizationId, Ct));
        return (owner, organizationId, invoice);
    }
}

[Collection(PostgresApi.Name)]
public sealed class DunningPostgresTests(PostgresApiFactory api) : DunningTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class DunningSqliteTests(SqliteApiFactory api) : DunningTests<SqliteApiFactory>(api);
