using System.Globalization;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Invoices.ListInvoices;
using CleanPlatform.Application.Billing.Subscriptions.ChangePlan;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Application.Billing.Subscriptions.PreviewPlanChange;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Subscriptions;
using static CleanPlatform.Api.FunctionalTests.Billing.SubscriptionRequests;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>billing.md §3 and §9 through the API: subscribing, previewing and changing plans, cancelling; the limits follow.</summary>
public abstract class SubscriptionTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Subscribe_StartsTheTrial_AndTheRateLimitFollowsThePlanOnTheNextRequest()
    {
        var owner = await CustomerAsync();
        var free = ApiFactory.FreeRequestsPerMinute.ToString(CultureInfo.InvariantCulture);
        var enterprise = await Api.InDatabaseAsync(db => db.Plans.Where(p => p.Code == "Enterprise")
            .Select(p => p.RequestsPerMinute).SingleAsync(Ct));

        var subscription = await owner.SubscribeAsync("Enterprise", Ct);

        subscription.Should().BeEquivalentTo(new
        {
            Status = SubscriptionStatus.Trialing,
            PlanCode = "Enterprise",
            Interval = BillingInterval.Monthly,
            Price = new { Amount = 99.00m, Currency = "EUR" },
            TimeZone = "Europe/Berlin",
        });
        subscription.TrialEndsAt.Should().BeCloseTo(Api.Time.GetUtcNow().AddDays(14), TimeSpan.FromSeconds(1));
        (await owner.RateLimitAsync(Ct)).Should().Be(free, "the plan moves once the event is delivered");
        await Api.DispatchOutboxAsync(Ct);
        (await owner.RateLimitAsync(Ct)).Should().Be(enterprise.ToString(CultureInfo.InvariantCulture));

        (await owner.PostCancelAsync(atPeriodEnd: false, subscription.Version, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        await Api.DispatchOutboxAsync(Ct);
        (await owner.RateLimitAsync(Ct)).Should().Be(free, "an ended subscription leaves the organization on the free plan");
        var ended = await (await owner.Client.GetAsync(Url, Ct)).ShouldBeAsync<SubscriptionDto>(HttpStatusCode.OK);
        ended.Status.Should().Be(SubscriptionStatus.Canceled);
    }

    [Fact]
    public async Task Subscribe_AfterAnEndedSubscription_HasNoTrial_AndInvoicesTheFirstPeriod()
    {
        var owner = await CustomerAsync();
        var trial = await owner.SubscribeAsync("Pro", Ct);
        (await owner.PostCancelAsync(atPeriodEnd: false, trial.Version, Ct)).EnsureSuccessStatusCode();

        var subscription = await owner.SubscribeAsync("Pro", Ct, "Yearly");

        subscription.Should().BeEquivalentTo(new { Status = SubscriptionStatus.Active, TrialEndsAt = (DateTimeOffset?)null });
        (subscription.PeriodEnd - subscription.PeriodStart).TotalDays.Should().BeInRange(365, 366);
        var invoice = await LatestInvoiceAsync(owner);
        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Open, LineTotal = 290.00m, TaxTotal = 55.10m, Total = 345.10m });
        invoice.Lines.Should().ContainSingle().Which.Description.Should().StartWith("Pro, yearly: ");
    }

    [Fact]
    public async Task Subscribe_IsRefused_WithoutBillingDetails_OrWhenOneIsLive_OrForAFreeOrUnknownPlan()
    {
        var stranger = await Api.RegisterAsync(Ct);
        await (await stranger.PostSubscribeAsync("Pro", Ct)).ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "billing_customer.missing");
        var owner = await CustomerAsync();
        await owner.SubscribeAsync("Pro", Ct);

        await (await owner.PostSubscribeAsync("Enterprise", Ct)).ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "subscription.exists");
        var other = await CustomerAsync();
        (await (await other.PostSubscribeAsync("Free", Ct)).ShouldBeInvalidAsync()).Should().Equal("planCode");
        (await (await other.PostSubscribeAsync("Platinum", Ct)).ShouldBeInvalidAsync()).Should().Equal("planCode");
        (await (await other.PostSubscribeAsync("Pro", Ct, "Weekly")).ShouldBeInvalidAsync()).Should().ContainMatch("*interval");
        await (await other.Client.GetAsync(Url, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upgrade_PreviewedThenMade_InvoicesTheProrationAtOnce_ToTheCent()
    {
        var (owner, subscription) = await ActiveAsync("Pro");
        Api.Time.Advance(TimeSpan.FromDays(10) + TimeSpan.FromHours(15.5));
        owner = await Api.LoginAsync(owner.Email, Ct);
        var share = (decimal)(subscription.PeriodEnd - Api.Time.GetUtcNow()).Ticks
            / (subscription.PeriodEnd - subscription.PeriodStart).Ticks;
        var credit = -decimal.Round(29m * share, 2, MidpointRounding.AwayFromZero);
        var charge = decimal.Round(99m * share, 2, MidpointRounding.AwayFromZero);

        var preview = await (await owner.Client.GetAsync($"{Url}/preview?planCode=Enterprise&interval=Monthly", Ct))
            .ShouldBeAsync<PlanChangePreviewDto>(HttpStatusCode.OK);

        preview.Timing.Should().Be(PlanChangeTiming.ImmediateWithProration);
        preview.Lines.Select(l => l.Amount.Amount).Should().Equal(credit, charge);
        preview.Lines[0].Description.Should().StartWith("Unused time on Pro (monthly) after ");
        preview.Lines[1].Description.Should().StartWith("Remaining time on Enterprise (monthly) after ");
        var vat = decimal.Round((credit + charge) * 0.19m, 2, MidpointRounding.AwayFromZero);
        preview.Should().BeEquivalentTo(new { Net = new { Amount = credit + charge }, VatRate = 19m, Vat = new { Amount = vat }, Total = new { Amount = credit + charge + vat } });

        var change = await (await owner.PostChangeAsync("Enterprise", subscription.Version, Ct)).ShouldBeAsync<PlanChangeDto>(HttpStatusCode.OK);

        change.Subscription.Should().BeEquivalentTo(new { PlanCode = "Enterprise", subscription.PeriodStart, subscription.PeriodEnd });
        var invoice = await (await owner.Client.GetAsync($"/api/v1/billing/invoices/{change.InvoiceId}", Ct)).ShouldBeAsync<InvoiceDto>(HttpStatusCode.OK);
        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Open, Total = preview.Total.Amount });
        invoice.Number.Should().StartWith("INV-");
        invoice.Lines.Select(l => l.Net).Should().Equal(credit, charge);
    }

    [Fact]
    public async Task Downgrade_WaitsForThePeriodEnd_BillsNothing_AndChoosingTheCurrentPlanDropsIt()
    {
        var (owner, subscription) = await ActiveAsync("Enterprise");
        var invoices = await InvoiceCountAsync(owner);

        var preview = await (await owner.Client.GetAsync($"{Url}/preview?planCode=Pro&interval=Monthly", Ct))
            .ShouldBeAsync<PlanChangePreviewDto>(HttpStatusCode.OK);
        var change = await (await owner.PostChangeAsync("Pro", subscription.Version, Ct)).ShouldBeAsync<PlanChangeDto>(HttpStatusCode.OK);

        preview.Should().BeEquivalentTo(new { Timing = PlanChangeTiming.AtPeriodEnd, Total = new { Amount = 0m } });
        preview.Lines.Should().BeEmpty();
        preview.EffectiveAt.Should().BeCloseTo(subscription.PeriodEnd, TimeSpan.FromMilliseconds(1));
        change.InvoiceId.Should().BeNull();
        change.Subscription.Should().BeEquivalentTo(new { PlanCode = "Enterprise", PendingChange = new { PlanCode = "Pro" } });
        (await InvoiceCountAsync(owner)).Should().Be(invoices);

        var kept = await (await owner.PostChangeAsync("Enterprise", change.Subscription.Version, Ct)).ShouldBeAsync<PlanChangeDto>(HttpStatusCode.OK);
        kept.Subscription.PendingChange.Should().BeNull();
    }

    [Fact]
    public async Task Change_AtAStaleVersion_Is409_AndAReplayedKeyBillsOnce()
    {
        var (owner, subscription) = await ActiveAsync("Pro");
        Api.Time.Advance(TimeSpan.FromDays(3));
        owner = await Api.LoginAsync(owner.Email, Ct);
        var before = await InvoiceCountAsync(owner);
        var key = Guid.NewGuid().ToString();

        var first = await (await owner.PostChangeAsync("Enterprise", subscription.Version, Ct, idempotencyKey: key)).ShouldBeAsync<PlanChangeDto>(HttpStatusCode.OK);
        var replay = await (await owner.PostChangeAsync("Enterprise", subscription.Version, Ct, idempotencyKey: key)).ShouldBeAsync<PlanChangeDto>(HttpStatusCode.OK);

        replay.InvoiceId.Should().Be(first.InvoiceId!.Value);
        (await InvoiceCountAsync(owner)).Should().Be(before + 1);
        await (await owner.PostChangeAsync("Pro", subscription.Version, Ct)).ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "subscription.version_mismatch");
    }

    [Fact]
    public async Task CancelAtPeriodEnd_KeepsItLive_UntilResumed()
    {
        var owner = await CustomerAsync();
        var subscription = await owner.SubscribeAsync("Pro", Ct);

        var canceling = await (await owner.PostCancelAsync(atPeriodEnd: true, subscription.Version, Ct)).ShouldBeAsync<SubscriptionDto>(HttpStatusCode.OK);
        var resumed = await (await owner.Client.PostAsJsonAsync($"{Url}/resume", new { version = canceling.Version }, Ct))
            .ShouldBeAsync<SubscriptionDto>(HttpStatusCode.OK);

        canceling.Should().BeEquivalentTo(new { Status = SubscriptionStatus.Trialing, CancelAtPeriodEnd = true });
        resumed.CancelAtPeriodEnd.Should().BeFalse();
    }

    [Fact]
    public async Task Members_ReadButDoNotChange_AndOtherOrganizationsSeeNothing()
    {
        var owner = await CustomerAsync();
        var subscription = await owner.SubscribeAsync("Pro", Ct);
        var viewer = await Api.AddMemberAsync(owner, Roles.Viewer, Ct);
        var stranger = await CustomerAsync();

        (await (await viewer.Client.GetAsync(Url, Ct)).ShouldBeAsync<SubscriptionDto>(HttpStatusCode.OK)).Id.Should().Be(subscription.Id);
        await (await viewer.PostChangeAsync("Enterprise", subscription.Version, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await viewer.PostCancelAsync(false, subscription.Version, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.Client.GetAsync(Url, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostCancelAsync(false, subscription.Version, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<Caller> CustomerAsync()
    {
        var owner = await Api.RegisterAsync(Ct);
        await owner.SaveGermanConsumerAsync(Ct);
        return owner;
    }

    // An active subscription: the first one trials, so it is ended and a second one taken.
    private async Task<(Caller Owner, SubscriptionDto Subscription)> ActiveAsync(string planCode)
    {
        var owner = await CustomerAsync();
        var trial = await owner.SubscribeAsync(planCode, Ct);
        (await owner.PostCancelAsync(atPeriodEnd: false, trial.Version, Ct)).EnsureSuccessStatusCode();
        return (owner, await owner.SubscribeAsync(planCode, Ct));
    }

    private static async Task<InvoiceDto> LatestInvoiceAsync(Caller owner)
    {
        var list = await (await owner.Client.GetAsync("/api/v1/billing/invoices", Ct)).ShouldBeAsync<PagedList<InvoiceSummaryDto>>(HttpStatusCode.OK);
        return await (await owner.Client.GetAsync($"/api/v1/billing/invoices/{list.Items[0].Id}", Ct)).ShouldBeAsync<InvoiceDto>(HttpStatusCode.OK);
    }

    private static async Task<int> InvoiceCountAsync(Caller owner) =>
        (await (await owner.Client.GetAsync("/api/v1/billing/invoices", Ct)).ShouldBeAsync<PagedList<InvoiceSummaryDto>>(HttpStatusCode.OK)).TotalCount;
}

[Collection(PostgresApi.Name)]
public sealed class SubscriptionPostgresTests(PostgresApiFactory api) : SubscriptionTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class SubscriptionSqliteTests(SqliteApiFactory api) : SubscriptionTests<SqliteApiFactory>(api);
