using BenchmarkDotNet.Attributes;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;
using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Subscriptions;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Billing.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// Issue #14: a renewal run over 10,000 organizations, each with one monthly Pro subscription (29 EUR) whose period
/// has ended, run by <see cref="RenewSubscriptionsJob"/> itself (the organizations to renew asked across organizations,
/// then <see cref="RenewSubscriptionBatch"/> for a batch of them per transaction, as the system caller, through the real
/// Mediator pipeline and host), with no grace before finalizing: each run moves the period on, drafts its invoice and finalizes it (numbered,
/// taxed). Against hand-written set-based SQL in one transaction that writes the same rows. The goal: under 10 s (Kill
/// Bill publishes 30,000 bundles in under 10 s).
/// </summary>
[Config(typeof(DatabaseBenchmarkConfig))]
public class RenewalBenchmarks : IDisposable
{
    public const int Subscribers = 10_000;

    private static readonly Dictionary<string, string> FinalizeAtOnce = new() { ["Billing:Renewals:FinalizeAfter"] = "00:00:00" };

    // One statement renews every ended period, takes the invoice numbers as one block of the year's counter row, and
    // inserts each period's invoice (a draft, carrying what finalizing fills in), its line, its InvoiceFinalized outbox
    // row and each organization's audit entry; a second one finalizes the drafts, which is when the database freezes
    // them (lines cannot be added to a finalized invoice). Periods are counted in the customer's zone, as the calendar
    // counts them from the anchor: a month on from the end of the last one, in Europe/Berlin.
    private const string HandWrittenRenewal = """
        SET LOCAL TimeZone = 'Europe/Berlin';
        WITH renewed AS (
            UPDATE "Subscriptions"
            SET "PeriodStart" = "PeriodEnd", "PeriodEnd" = "PeriodEnd" + interval '1 month',
                "Version" = "Version" + 1, "UpdatedAt" = @now, "UpdatedBy" = NULL
            WHERE "Status" = 'Active' AND "PeriodEnd" <= @now AND NOT "CancelAtPeriodEnd" AND "PendingPriceId" IS NULL
            RETURNING "OrganizationId", "Currency", "PlanCode", "Amount", "PeriodStart", "PeriodEnd", "TimeZone"),
        block AS (
            INSERT INTO "InvoiceSequences" ("Series", "Year", "Last") SELECT 'INV', @year, count(*) FROM renewed
            ON CONFLICT ("Series", "Year") DO UPDATE SET "Last" = "InvoiceSequences"."Last" + EXCLUDED."Last"
            RETURNING "Last"),
        numbered AS (
            SELECT r.*, gen_random_uuid() AS id,
                   (SELECT "Last" FROM block) - count(*) OVER () + row_number() OVER (ORDER BY r."OrganizationId") AS seq,
                   trunc(r."Amount" * 0.19, 2) AS tax
            FROM renewed r),
        invoices AS (
            INSERT INTO "Invoices" ("Id", "OrganizationId", "Currency", "Status", "Number", "IssuedAt", "DueAt",
                "BuyerName", "BuyerLine1", "BuyerLine2", "BuyerCity", "BuyerPostalCode", "BuyerCountry", "BuyerVatNumber",
                "VatCase", "VatCategory", "VatRate", "VatMention", "LineTotal", "TaxTotal", "Total", "AmountPaid",
                "Version", "CreatedAt")
            SELECT n.id, n."OrganizationId", n."Currency", 'Draft', 'INV-' || @year || '-' || lpad(n.seq::text, 6, '0'),
                   @now, @now + interval '14 days', c."LegalName", c."AddressLine1", c."AddressLine2", c."AddressCity",
                   c."AddressPostalCode", c."AddressCountry", c."VatNumber",
                   CASE WHEN c."IsBusiness" THEN 'DomesticBusiness' ELSE 'DomesticConsumer' END, 'Standard', 19, NULL,
                   n."Amount", n.tax, n."Amount" + n.tax, 0, 1, @now
            FROM numbered n JOIN "BillingCustomers" c ON c."OrganizationId" = n."OrganizationId"
            RETURNING "Id", "OrganizationId"),
        lines AS (
            INSERT INTO "InvoiceLines" ("InvoiceId", "Position", "Description", "Quantity", "UnitPrice", "Net")
            SELECT n.id, 1, n."PlanCode" || ', monthly: ' || to_char(n."PeriodStart" AT TIME ZONE n."TimeZone", 'FMDD Mon YYYY')
                       || ' – ' || to_char((n."PeriodEnd" AT TIME ZONE n."TimeZone") - interval '1 microsecond', 'FMDD Mon YYYY'),
                   1, n."Amount", n."Amount"
            FROM numbered n),
        outbox AS (
            INSERT INTO "OutboxMessages" ("Id", "Type", "Payload", "OccurredAt", "OrganizationId", "NextAttemptAt", "Attempts")
            SELECT gen_random_uuid(), 'CleanPlatform.Domain.Billing.Events.InvoiceFinalized',
                   json_build_object('organizationId', i."OrganizationId", 'invoiceId', i."Id")::text, @now, i."OrganizationId",
                   @now, 0
            FROM invoices i)
        INSERT INTO "AuditEntries" ("Id", "OccurredAt", "OrganizationId", "SystemName", "Action", "EntityType", "Outcome")
        SELECT gen_random_uuid(), @now, "OrganizationId", 'RenewSubscriptions', 'RenewSubscriptionBatch', 'Subscription', 'Succeeded'
        FROM numbered
        UNION ALL
        SELECT gen_random_uuid(), @now, '00000000-0000-0000-0000-000000000000', 'RenewSubscriptions', 'RenewSubscriptionBatch', 'Subscription', 'Succeeded'
        FROM generate_series(1, (SELECT ceil(count(*) / @batch::numeric)::int FROM numbered));
        UPDATE "Invoices" SET "Status" = 'Open', "Version" = "Version" + 1, "UpdatedAt" = @now, "UpdatedBy" = NULL
        WHERE "Status" = 'Draft' AND "CreatedAt" = @now;
        """;

    // What both must have written alike: counts and totals, the numbers' range, and every value all rows share.
    private const string Written = """
        SELECT concat_ws(E'\n',
            (SELECT concat_ws(' ', count(*), count(DISTINCT "Number"), min("Number"), max("Number"), sum("Total"), sum("TaxTotal"))
             FROM "Invoices" WHERE "Status" = 'Open'),
            (SELECT string_agg(DISTINCT concat_ws('|', "Status", "Currency", "BuyerName", "BuyerLine1", "BuyerLine2", "BuyerCity",
                 "BuyerPostalCode", "BuyerCountry", "BuyerVatNumber", "VatCase", "VatCategory", "VatRate", "VatMention",
                 "LineTotal", "TaxTotal", "Total", "AmountPaid", "PaidAt", "ClosedAt", "Version", "CreatedBy", "UpdatedBy",
                 "DueAt" - "IssuedAt", "IssuedAt" >= "CreatedAt"), ' ') FROM "Invoices"),
            (SELECT concat_ws(' ', count(*), sum("Net")) FROM "InvoiceLines"),
            (SELECT string_agg(DISTINCT concat_ws('|', "Position", "Description", "Quantity", "UnitPrice", "Net"), ' ') FROM "InvoiceLines"),
            (SELECT string_agg(concat_ws('|', "Series", "Year", "Last"), ' ') FROM "InvoiceSequences"),
            (SELECT string_agg(DISTINCT concat_ws('|', "Status", "PeriodStart", "PeriodEnd", "Version", "UpdatedBy"), ' ') FROM "Subscriptions"),
            (SELECT concat_ws(' ', count(*), count(DISTINCT "OrganizationId")) FROM "OutboxMessages"),
            (SELECT string_agg(DISTINCT concat_ws('|', "Type", "Attempts", "ProcessedAt", (SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys("Payload"::jsonb) k)), ' ') FROM "OutboxMessages"),
            (SELECT concat_ws(' ', count(*), count(DISTINCT "OrganizationId")) FROM "AuditEntries"),
            (SELECT string_agg(DISTINCT concat_ws('|', "SystemName", "Action", "EntityType", "EntityId", "Outcome", "Error", "UserId", "UserEmail"), ' ') FROM "AuditEntries"))
        """;

    private BenchmarkDatabase _database = null!;
    private BenchmarkHost _host = null!;
    private (DateTimeOffset Start, DateTimeOffset End, int Version) _seeded;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        try
        {
            _database = await BenchmarkDatabase.CreateAsync("renewal");
            await SeedAsync();
            _seeded = SeededPeriod();
            _host = new BenchmarkHost(_database.ConnectionString, FinalizeAtOnce);
            _ = _host.Services; // starts the host now, not in the first iteration
            // Both must write the same rows, or the ratio compares different work.
            Reset();
            await HandWrittenSql();
            var expected = Query(Written);
            Reset();
            await RenewalJob();
            var actual = Query(Written);
            if (actual != expected)
                throw new InvalidOperationException($"The run wrote\n{actual}\nthe hand-written SQL\n{expected}");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    [IterationSetup]
    public void Reset()
    {
        using (var command = _database.DataSource.CreateCommand("""
            UPDATE "Subscriptions" SET "PeriodStart" = @start, "PeriodEnd" = @end, "Version" = @version,
                "UpdatedAt" = NULL, "UpdatedBy" = NULL
            """))
        {
            command.Parameters.AddWithValue("start", _seeded.Start);
            command.Parameters.AddWithValue("end", _seeded.End);
            command.Parameters.AddWithValue("version", _seeded.Version);
            command.ExecuteNonQuery();
        }

        // TRUNCATE fires no row trigger, so finalized invoices go too.
        _database.Execute("""TRUNCATE "InvoiceDocuments", "Payments", "InvoiceLines", "Invoices", "InvoiceSequences", "OutboxMessages", "AuditEntries" """);
        // Both start from tables without the dead rows of the last iteration, and no dirty buffers.
        _database.Execute("""VACUUM ANALYZE "Subscriptions", "Invoices", "InvoiceLines", "InvoiceSequences", "OutboxMessages", "AuditEntries" """);
        _database.Execute("CHECKPOINT");
    }

    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenSql()
    {
        var now = DateTimeOffset.UtcNow;
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(HandWrittenRenewal, connection, transaction);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("year", now.Year);
        command.Parameters.AddWithValue("batch", new RenewalOptions().BatchSize);
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "Invoices" WHERE "Status" = 'Open'""", connection);
        return Finalized((int)(long)(await count.ExecuteScalarAsync())!);
    }

    [Benchmark]
    public async Task<int> RenewalJob()
    {
        // The job itself, as Quartz runs it: the organizations across organizations, then a batch of them per transaction.
        var job = ActivatorUtilities.CreateInstance<RenewSubscriptionsJob>(_host.Services);
        await job.Execute(null!, CancellationToken.None);
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "Invoices" WHERE "Status" = 'Open'""", connection);
        return Finalized((int)(long)(await count.ExecuteScalarAsync())!);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _host?.Dispose();
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static int Finalized(int invoices) =>
        invoices == Subscribers ? invoices : throw new InvalidOperationException($"Finalized {invoices} invoices instead of {Subscribers}.");

    private string Query(string sql)
    {
        using var command = _database.DataSource.CreateCommand(sql);
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>The one period every subscription was seeded in, which each iteration puts them back to.</summary>
    private (DateTimeOffset, DateTimeOffset, int) SeededPeriod()
    {
        using var command = _database.DataSource.CreateCommand(
            """SELECT DISTINCT "PeriodStart", "PeriodEnd", "Version" FROM "Subscriptions" """);
        using var reader = command.ExecuteReader();
        var periods = new List<(DateTimeOffset, DateTimeOffset, int)>();
        while (reader.Read())
            periods.Add((reader.GetFieldValue<DateTimeOffset>(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt32(2)));
        return periods.Count == 1 && periods[0].Item2 <= DateTimeOffset.UtcNow
            ? periods[0]
            : throw new InvalidOperationException($"Expected one ended period for every subscription, found {periods.Count}.");
    }

    /// <summary>
    /// 10,000 organizations, each a German consumer paying in EUR in Europe/Berlin, subscribed monthly to Pro (29 EUR)
    /// 35 days before the set-up ran: one period has ended, the next ends in about 25 days, after the last iteration.
    /// </summary>
    private async Task SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var free = Plan.Define(Plan.Free, requestsPerMinute: 60, monthlyQuota: 10_000);
        var plan = BillingPlan.Define(Plan.Pro, "Pro", "", 0, 1, now);
        var price = PlanPrice.First(plan.Id, BillingInterval.Monthly, new Money(29m, "EUR"), now);
        var subscribed = new SubscribedPrice(plan.Id, plan.Code, price.Id, BillingInterval.Monthly, price.Price);
        var details = new BillingDetails("Erika Mustermann", "erika@example.test",
            new BillingAddress("Hauptstraße 1", null, "Berlin", "10115", "DE"), false, null, "Europe/Berlin", "EUR");
        var rows = new List<object>(3 * Subscribers);
        for (var i = 0; i < Subscribers; i++)
        {
            var organization = Organization.Open($"Subscriber {i:00000}", Plan.Free, now);
            var subscription = Subscription.Start(organization.Id, subscribed, 0, details.TimeZone, now.AddDays(-35));
            rows.AddRange([organization, BillingCustomer.Create(organization.Id, details, now), subscription]);
        }

        object[] catalogue = [free, plan, price];
        foreach (var aggregate in catalogue.Concat(rows).OfType<IHasDomainEvents>())
            aggregate.ClearDomainEvents();
        await using var db = _database.NewContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(catalogue);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        foreach (var chunk in rows.Chunk(6_000))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
