using System.Globalization;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Subscriptions;
using CleanPlatform.Domain.Platform;
using CleanPlatform.Infrastructure.Callers;
using Mediator;
using static CleanPlatform.Api.FunctionalTests.Billing.SubscriptionRequests;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>billing.md §9 through the renewal run, driven by the test clock: periods move on, invoices follow.</summary>
public abstract class RenewalTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private static readonly TimeSpan Grace = new RenewalOptions().FinalizeAfter;

    [Fact]
    public async Task TheTrialsEnd_MakesItActive_AndItsFirstPeriodIsInvoiced_FinalizedAfterTheGrace_AndEmailed()
    {
        var (owner, organizationId) = await CustomerAsync();
        var trial = await owner.SubscribeAsync("Pro", Ct);
        Api.Time.Advance(trial.PeriodEnd - Api.Time.GetUtcNow());

        var first = await RenewAsync(organizationId);
        var draft = await InvoicesAsync(organizationId);
        Api.Time.Advance(Grace);
        await Api.RunJobAsync("RenewSubscriptions", async () =>
            (await InvoicesAsync(organizationId)).Any(i => i.Status == InvoiceStatus.Draft), Ct);
        await Api.DispatchOutboxAsync(Ct);

        first.Should().Be(new RenewalRunDto(Renewed: 1, Ended: 0, Finalized: 0));
        draft.Should().ContainSingle().Which.Status.Should().Be(InvoiceStatus.Draft);
        var invoice = (await InvoicesAsync(organizationId)).Should().ContainSingle().Subject;
        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Open, LineTotal = 29.00m, Total = 34.51m });
        invoice.Lines.Should().ContainSingle().Which.Description.Should().StartWith("Pro, monthly: ");
        var subscription = await SubscriptionOfAsync(owner);
        subscription.Should().BeEquivalentTo(new { Status = SubscriptionStatus.Active, TrialEndsAt = (DateTimeOffset?)null });
        subscription.PeriodStart.Should().BeCloseTo(trial.PeriodEnd, TimeSpan.FromSeconds(1));
        Api.Mailbox.To("erika@example.test").Should().ContainSingle(m => m.Subject == $"Invoice {invoice.Number} from CleanPlatform")
            .Which.Body.Should().Contain("34.51 EUR").And.Contain($"/billing/invoices/{invoice.Id}");
    }

    [Fact]
    public async Task CancelledAtThePeriodsEnd_TheRunEndsIt_AndTheOrganizationIsBackOnFree()
    {
        var (owner, organizationId) = await CustomerAsync();
        var subscription = await owner.SubscribeAsync("Enterprise", Ct);
        await Api.DispatchOutboxAsync(Ct);
        (await owner.PostCancelAsync(atPeriodEnd: true, subscription.Version, Ct)).EnsureSuccessStatusCode();
        Api.Time.Advance(subscription.PeriodEnd - Api.Time.GetUtcNow());

        var run = await RenewAsync(organizationId);
        await Api.DispatchOutboxAsync(Ct);

        run.Should().Be(new RenewalRunDto(Renewed: 0, Ended: 1, Finalized: 0));
        (await InvoicesAsync(organizationId)).Should().BeEmpty("nothing is invoiced for a period that never starts");
        (await Api.InDatabaseAsync(db => db.Organizations.Where(o => o.Id == organizationId).Select(o => o.PlanCode).SingleAsync(Ct)))
            .Should().Be("Free");
    }

    [Fact]
    public async Task MissedPeriods_AreCaughtUpOneInvoiceEach_AndASecondRunFindsNothing()
    {
        var (owner, organizationId) = await CustomerAsync();
        var trial = await owner.SubscribeAsync("Pro", Ct);
        (await owner.PostCancelAsync(atPeriodEnd: false, trial.Version, Ct)).EnsureSuccessStatusCode();
        var subscription = await owner.SubscribeAsync("Pro", Ct);
        Api.Time.Advance(subscription.PeriodEnd.AddMonths(2) - Api.Time.GetUtcNow());

        var run = await RenewAsync(organizationId);
        Api.Time.Advance(Grace);
        var afterTheGrace = await RenewAsync(organizationId);
        var again = await RenewAsync(organizationId);

        run.Should().Be(new RenewalRunDto(Renewed: 3, Ended: 0, Finalized: 0));
        afterTheGrace.Should().Be(new RenewalRunDto(Renewed: 0, Ended: 0, Finalized: 3));
        again.Should().Be(new RenewalRunDto(0, 0, 0));
        var invoices = await InvoicesAsync(organizationId);
        invoices.Should().HaveCount(4, "the first period at subscribing, then three renewals").And
            .OnlyContain(i => i.Status == InvoiceStatus.Open && i.Total == 34.51m);
        invoices.Select(i => i.Number).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task ATrialEndingWithinThreeDays_IsWarnedOfOnce_ByEmail()
    {
        var (owner, organizationId) = await CustomerAsync();
        var trial = await owner.SubscribeAsync("Pro", Ct);
        var warningsBefore = Api.Mailbox.To("erika@example.test").Count(IsTrialWarning);
        Api.Time.Advance(trial.TrialEndsAt!.Value.AddDays(-3).AddMinutes(-1) - Api.Time.GetUtcNow());
        var early = await RenewAsync(organizationId);
        Api.Time.Advance(TimeSpan.FromMinutes(2));

        var warned = await RenewAsync(organizationId);
        var again = await RenewAsync(organizationId);
        await Api.DispatchOutboxAsync(Ct);

        early.Should().Be(new RenewalRunDto(0, 0, 0, TrialsWarned: 0));
        warned.Should().Be(new RenewalRunDto(0, 0, 0, TrialsWarned: 1));
        again.Should().Be(new RenewalRunDto(0, 0, 0, TrialsWarned: 0));
        Api.Mailbox.To("erika@example.test").Count(IsTrialWarning).Should().Be(warningsBefore + 1);
    }

    private static bool IsTrialWarning(EmailMessage mail) =>
        mail.Subject.StartsWith("Your Pro trial ends on ", StringComparison.Ordinal)
        && mail.Body.Contains("billed at 29.00 EUR a month", StringComparison.Ordinal)
        && mail.Body.Contains("/billing/subscription", StringComparison.Ordinal);

    [Fact]
    public async Task ABatch_RenewsItsOrganizationsInOneRun_AndEachTrailShowsIt()
    {
        var ids = await ThreeTrialsThatEndedAsync();
        var run = await Api.Services.GetRequiredService<SystemWork>().AcrossOrganizationsAsync(nameof(RenewSubscriptions),
            async (services, ct) => await services.GetRequiredService<ISender>().Send(new RenewSubscriptionBatch(ids), ct), Ct);
        Api.Time.Advance(Grace);
        var finalized = await Api.Services.GetRequiredService<SystemWork>().AcrossOrganizationsAsync(nameof(RenewSubscriptions),
            async (services, ct) => await services.GetRequiredService<ISender>().Send(new RenewSubscriptionBatch(ids), ct), Ct);

        run.Should().Be(new RenewalRunDto(Renewed: 3, Ended: 0, Finalized: 0));
        finalized.Should().Be(new RenewalRunDto(Renewed: 0, Ended: 0, Finalized: 3));
        var numbers = new List<string?>();
        foreach (var organizationId in ids)
        {
            var invoice = (await InvoicesAsync(organizationId)).Should().ContainSingle().Subject;
            invoice.Status.Should().Be(InvoiceStatus.Open);
            numbers.Add(invoice.Number);
        }

        var sequence = numbers.Select(n => long.Parse(n![^6..], CultureInfo.InvariantCulture)).Order().ToList();
        sequence.Zip(sequence.Skip(1)).Should().OnlyContain(p => p.Second == p.First + 1, "a batch takes its numbers as one block");
        var trails = await Api.InDatabaseAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => ids.Contains(a.OrganizationId) && a.Action == nameof(RenewSubscriptionBatch))
            .Select(a => new { a.OrganizationId, a.Outcome, a.SystemName }).ToListAsync(Ct));
        trails.Should().HaveCount(6, "each of the two runs shows in the three organizations' trails")
            .And.OnlyContain(a => a.Outcome == AuditOutcome.Succeeded && a.SystemName == nameof(RenewSubscriptions));
    }

    [Fact]
    public async Task TheJob_RenewsTheOthers_WhenOneOrganizationFails()
    {
        var ids = await ThreeTrialsThatEndedAsync();
        await Api.RunJobAsync("RenewSubscriptions", async () => (await DraftsAsync(ids)) < 3, Ct);
        var broken = ids[1];
        await Api.InDatabaseAsync(db => db.BillingCustomers.IgnoreQueryFilters()
            .Where(c => c.OrganizationId == broken).ExecuteDeleteAsync(Ct));
        Api.Time.Advance(Grace);
        await Api.RunJobAsync("RenewSubscriptions", async () => (await DraftsAsync([ids[0], ids[2]])) > 0, Ct);

        foreach (var organizationId in ids)
        {
            var invoice = (await InvoicesAsync(organizationId)).Should().ContainSingle().Subject;
            invoice.Status.Should().Be(organizationId == broken ? InvoiceStatus.Draft : InvoiceStatus.Open);
        }

        var failures = await Api.InDatabaseAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.OrganizationId == broken && a.Action == nameof(RenewSubscriptions) && a.Outcome == AuditOutcome.Failed)
            .Select(a => a.Error).ToListAsync(Ct));
        failures.Should().Contain("billing_customer.missing", "its run on its own failed, in its own trail");
    }

    [Fact]
    public async Task ABatch_IsTheJobsAlone_NoCallerInsideAnOrganizationSendsIt()
    {
        var (_, organizationId) = await CustomerAsync();

        var inside = () => Api.SendAsSystemAsync(organizationId, new RenewSubscriptionBatch([organizationId]), Ct);

        await inside.Should().ThrowAsync<ForbiddenException>();
    }

    /// <summary>Three customers subscribed to Pro, the clock moved to when the last one's trial ends.</summary>
    private async Task<List<Guid>> ThreeTrialsThatEndedAsync()
    {
        var ids = new List<Guid>();
        var periodEnd = DateTimeOffset.MinValue;
        for (var i = 0; i < 3; i++)
        {
            var (owner, organizationId) = await CustomerAsync();
            var trial = await owner.SubscribeAsync("Pro", Ct);
            periodEnd = trial.PeriodEnd > periodEnd ? trial.PeriodEnd : periodEnd;
            ids.Add(organizationId);
        }

        Api.Time.Advance(periodEnd - Api.Time.GetUtcNow());
        return ids;
    }

    private Task<int> DraftsAsync(IReadOnlyList<Guid> organizationIds) =>
        Api.InDatabaseAsync(db => db.Invoices.IgnoreQueryFilters()
            .CountAsync(i => organizationIds.Contains(i.OrganizationId) && i.Status == InvoiceStatus.Draft, Ct));

    private async Task<RenewalRunDto> RenewAsync(Guid organizationId) =>
        await Api.SendAsSystemAsync(organizationId, new RenewSubscriptions(), Ct);

    private Task<List<Invoice>> InvoicesAsync(Guid organizationId) =>
        Api.InDatabaseAsync(db => db.Invoices.IgnoreQueryFilters().AsNoTracking().Include(i => i.Lines)
            .Where(i => i.OrganizationId == organizationId).OrderBy(i => i.CreatedAt).ToListAsync(Ct));

    private async Task<SubscriptionDto> SubscriptionOfAsync(Caller owner)
    {
        var fresh = await Api.LoginAsync(owner.Email, Ct);
        return await (await fresh.Client.GetAsync(Url, Ct)).ShouldBeAsync<SubscriptionDto>(HttpStatusCode.OK);
    }

    private async Task<(Caller Owner, Guid OrganizationId)> CustomerAsync()
    {
        var owner = await Api.RegisterAsync(Ct);
        await owner.SaveGermanConsumerAsync(Ct);
        return (owner, await Api.OrganizationIdOfAsync(owner.Email, Ct));
    }
}

[Collection(PostgresApi.Name)]
public sealed class RenewalPostgresTests(PostgresApiFactory api) : RenewalTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class RenewalSqliteTests(SqliteApiFactory api) : RenewalTests<SqliteApiFactory>(api);
