using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Infrastructure.Billing.Persistence;
using CleanPlatform.Infrastructure.IntegrationTests.Persistence;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CleanPlatform.Infrastructure.IntegrationTests.Billing;

/// <summary>
/// The triggers that keep a credit note as issued (billing.md §2): on SQLite and PostgreSQL, no SQL updates or deletes a
/// credit note or its lines, while its invoice's amount credited still moves; on SQL Server, as far as can be checked
/// without a server.
/// </summary>
public sealed class CreditNoteTriggersTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreditNote_OnceWritten_CannotBeUpdatedOrDeleted_EvenBySql(string provider)
    {
        await using var database = await TestDatabase.MigratedAsync(provider, Ct);
        var (invoiceId, creditNoteId) = await SeedAsync(database);

        foreach (var sql in new[]
        {
            """UPDATE "CreditNotes" SET "Total" = 0 WHERE "Id" = {0}""",
            """UPDATE "CreditNotes" SET "Number" = 'CN-0000-000000' WHERE "Id" = {0}""",
            """UPDATE "CreditNotes" SET "RefundDue" = 0 WHERE "Id" = {0}""",
            """DELETE FROM "CreditNotes" WHERE "Id" = {0}""",
            """UPDATE "CreditNoteLines" SET "Net" = 1 WHERE "CreditNoteId" = {0}""",
            """DELETE FROM "CreditNoteLines" WHERE "CreditNoteId" = {0}""",
        })
        {
            await using var context = database.NewContext();
            var change = () => context.Database.ExecuteSqlRawAsync(sql, [creditNoteId], Ct);
            await change.Should().ThrowAsync<Exception>(sql);
        }

        await using (var context = database.NewContext())
        {
            var moved = await context.Database.ExecuteSqlRawAsync(
                """UPDATE "Invoices" SET "AmountCredited" = "AmountCredited" WHERE "Id" = {0}""", [invoiceId], Ct);
            moved.Should().Be(1, "the amount credited of a finalized invoice still changes");
        }

        await using var check = database.NewContext();
        var stored = await check.CreditNotes.AsNoTracking().SingleAsync(c => c.Id == creditNoteId, Ct);
        stored.Should().BeEquivalentTo(new { Number = "CN-2026-000001", Total = 34.51m, RefundDue = 0m });
        stored.Lines.Should().ContainSingle().Which.Net.Should().Be(29.00m);
    }

    [Fact]
    public void SqlServerModel_DeclaresEveryTrigger()
    {
        using var db = new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=nowhere;Database=none").Options);

        var notes = db.Model.FindEntityType(typeof(CreditNote))!;
        var lines = notes.GetNavigations().Single(n => n.Name == nameof(CreditNote.Lines)).TargetEntityType;

        Names(notes).Should().BeEquivalentTo([CreditNoteTriggers.NotesNotUpdated, CreditNoteTriggers.NotesNotDeleted]);
        Names(lines).Should().BeEquivalentTo([CreditNoteTriggers.LinesNotUpdated, CreditNoteTriggers.LinesNotDeleted]);
    }

    [Fact]
    public void SqlServerSql_RunsEachTriggerInABatchOfItsOwn_RefusingEveryRowTouched()
    {
        var statements = CreditNoteTriggerSql.SqlServer().ToList();

        statements.Should().HaveCount(4).And.OnlyContain(s => s.StartsWith("EXEC(N'CREATE TRIGGER [", StringComparison.Ordinal)
            && s.Contains("IF EXISTS (SELECT 1 FROM deleted) THROW 51000", StringComparison.Ordinal));
        statements.Should().Contain(s => s.Contains("ON [CreditNotes] AFTER UPDATE", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("ON [CreditNotes] AFTER DELETE", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("ON [CreditNoteLines] AFTER UPDATE", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("ON [CreditNoteLines] AFTER DELETE", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Names(IReadOnlyEntityType type) => type.GetDeclaredTriggers().Select(t => t.GetDatabaseName()!);

    /// <summary>An organization with an open invoice of 29.00 + 19 % credited in full.</summary>
    private static async Task<(Guid InvoiceId, Guid CreditNoteId)> SeedAsync(TestDatabase database)
    {
        await using var context = database.NewContext();
        context.Plans.Add(Plan.Define(Plan.Free, 60, 10_000));
        var organization = Organization.Open("Acme", Plan.Free, Now);
        context.Organizations.Add(organization);
        var invoice = Invoice.Draft(organization.Id, "EUR", Now);
        invoice.AddLine("Pro, June 2026", 1m, 29.00m);
        context.Invoices.Add(invoice);
        await context.SaveChangesAsync(Ct);
        invoice.Finalize(new InvoiceNumber(InvoiceNumber.Invoices, 2026, 1),
            new InvoiceBuyer("Acme GmbH", new BillingAddress("Hauptstraße 1", null, "Berlin", "10115", "DE"), null),
            VatTreatment.For("DE", new VatCustomer("DE", "10115", false, false), Now), Now, TimeSpan.FromDays(14));
        var note = CreditNote.Full(invoice, new InvoiceNumber(InvoiceNumber.CreditNotes, 2026, 1), "Cancelled", Now);
        context.CreditNotes.Add(note);
        await context.SaveChangesAsync(Ct);
        return (invoice.Id, note.Id);
    }
}
