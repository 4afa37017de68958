using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Subscriptions;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;
using Npgsql;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>
/// Issue #14: the built API, killed with SIGKILL in the middle of a renewal run, then run again to the end, has lost
/// no period's invoice, doubled none, and left no gap in the invoice series. The database is the test's own and the
/// API a child process; "in the middle" is when some organizations' invoices are committed and a run holds another
/// organization's lock (its transaction is open), found by polling PostgreSQL, never by timing.
/// </summary>
public sealed class RenewalKillTests
{
    private const int Subscribers = 400;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private static readonly Dictionary<string, string> RenewEverySecond = new()
    {
        ["Jobs__RenewSubscriptions__Cron"] = "* * * * * ?",
        ["Billing__Renewals__FinalizeAfter"] = "00:00:00",
        // A killed node holds its job until the others find it missed its check-ins.
        ["Quartz__ClusterCheckinSeconds"] = "2",
        ["Jobs__SettleBets__Cron"] = "0 0 0 1 1 ? 2099",
        ["Jobs__RecordClosingLines__Cron"] = "0 0 0 1 1 ? 2099",
        ["Jobs__RunAgents__Cron"] = "0 0 0 1 1 ? 2099",
        ["Jobs__CollectOdds__Cron"] = "0 0 0 1 1 ? 2099",
        ["Jobs__CheckAlerts__Cron"] = "0 0 0 1 1 ? 2099",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RenewSubscriptions_KilledMidRun_RestartInvoicesEachPeriodOnce_WithoutAGap()
    {
        var database = await PostgresServer.CreateDatabaseAsync("kill_renewals", Ct);
        await ApiProcess.PrepareDatabaseAsync(database, Ct);
        await SeedSubscribersAsync(database);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);

        using (var api = ApiProcess.Start(database, [], RenewEverySecond))
        {
            await api.PollAsync(async () => await InvoicesAsync(connection) > 0 && await ApiProcess.RunIsUnderWayAsync(connection, Ct), Patience, Ct);
            await api.KillAsync();
        }

        var atTheKill = await InvoicesAsync(connection);
        atTheKill.Should().BeLessThan(Subscribers, "the kill came before the last organization's run committed");
        using (var api = ApiProcess.Start(database, [], RenewEverySecond))
        {
            await api.PollAsync(async () => await InvoicesAsync(connection) >= Subscribers, Patience, Ct);
            // The job fires every second; a run that came after would find no ended period left to renew.
            await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        }

        (await ApiProcess.CountAsync(connection, """SELECT count(*) FROM "Invoices" WHERE "Status" = 'Open'""", Ct))
            .Should().Be(Subscribers, "one finalized invoice per period, none left a draft");
        (await ApiProcess.CountAsync(connection, """SELECT count(DISTINCT "OrganizationId") FROM "Invoices" """, Ct))
            .Should().Be(Subscribers, "no organization was invoiced twice");
        (await ApiProcess.CountAsync(connection, """SELECT count(DISTINCT "Number") FROM "Invoices" """, Ct)).Should().Be(Subscribers);
        (await ApiProcess.CountAsync(connection, """SELECT max(CAST(right("Number", 6) AS integer)) FROM "Invoices" """, Ct))
            .Should().Be(Subscribers, "numbers run from 1 without a gap");
        (await ApiProcess.CountAsync(connection, """SELECT "Last" FROM "InvoiceSequences" WHERE "Series" = 'INV'""", Ct))
            .Should().Be(Subscribers, "no number was taken and lost");
        (await ApiProcess.CountAsync(connection, """SELECT count(*) FROM "Subscriptions" WHERE "PeriodEnd" <= now()""", Ct))
            .Should().Be(0, "every subscription is in its current period");
    }

    private static Task<long> InvoicesAsync(NpgsqlConnection connection) =>
        ApiProcess.CountAsync(connection, """SELECT count(*) FROM "Invoices" """, Ct);

    /// <summary>Organizations subscribed monthly to Pro 35 days ago: each has one ended period to renew.</summary>
    private static async Task SeedSubscribersAsync(string database)
    {
        var now = DateTimeOffset.UtcNow;
        var plan = BillingPlan.Define(Plan.Pro, "Pro", "", 0, 1, now);
        var price = PlanPrice.First(plan.Id, BillingInterval.Monthly, new Money(29m, "EUR"), now);
        var subscribed = new SubscribedPrice(plan.Id, plan.Code, price.Id, BillingInterval.Monthly, price.Price);
        var details = new BillingDetails("Erika Mustermann", "erika@example.test",
            new BillingAddress("Hauptstraße 1", null, "Berlin", "10115", "DE"), false, null, "Europe/Berlin", "EUR");
        var rows = new List<object> { plan, price };
        for (var i = 0; i < Subscribers; i++)
        {
            var organization = Organization.Open($"Subscriber {i}", Plan.Free, now);
            rows.Add(organization);
            rows.Add(BillingCustomer.Create(organization.Id, details, now));
            var subscription = Subscription.Start(organization.Id, subscribed, 0, details.TimeZone, now.AddDays(-35));
            subscription.ClearDomainEvents();
            rows.Add(subscription);
        }

        await using var db = ApiProcess.Context(database);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(rows);
        await db.SaveChangesAsync(Ct);
    }
}
