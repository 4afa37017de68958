using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Infrastructure.Billing.Persistence;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CleanPlatform.Infrastructure.IntegrationTests.Billing;

/// <summary>
/// The triggers that keep a finalized invoice as issued, as far as can be checked without a SQL Server: the model tells
/// EF they exist (so its SQL Server statements do without OUTPUT, which a table with triggers refuses), and each
/// trigger runs as a batch of its own. SQLite and PostgreSQL run them in the functional tests.
/// </summary>
public sealed class InvoiceTriggersTests
{
    [Fact]
    public void SqlServerModel_DeclaresEveryTrigger()
    {
        using var db = new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=nowhere;Database=none").Options);

        var invoices = db.Model.FindEntityType(typeof(Invoice))!;
        var lines = invoices.GetNavigations().Single(n => n.Name == nameof(Invoice.Lines)).TargetEntityType;

        Names(invoices).Should().BeEquivalentTo([InvoiceTriggers.InvoicesFrozen, InvoiceTriggers.InvoicesKept]);
        Names(lines).Should().BeEquivalentTo(
            [InvoiceTriggers.LinesFrozenOnInsert, InvoiceTriggers.LinesFrozenOnUpdate, InvoiceTriggers.LinesFrozenOnDelete]);
    }

    [Fact]
    public void SqlServerSql_RunsEachTriggerInABatchOfItsOwn_ComparingEveryFrozenColumn()
    {
        var statements = InvoiceTriggerSql.SqlServer().ToList();

        statements.Should().HaveCount(5).And.OnlyContain(s => s.StartsWith("EXEC(N'CREATE TRIGGER [", StringComparison.Ordinal));
        foreach (var column in InvoiceTriggers.FrozenColumns)
            statements[0].Should().Contain($"i.[{column}]").And.Contain($"d.[{column}]");
    }

    [Fact]
    public void FrozenColumns_AreColumnsOfTheInvoicesTable_AndLeaveOutWhatMayStillChange()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=:memory:").Options);
        var table = StoreObjectIdentifier.Table("Invoices");
        var columns = db.Model.FindEntityType(typeof(Invoice))!.GetProperties().Select(p => p.GetColumnName(table)).ToList();

        columns.Should().Contain(InvoiceTriggers.FrozenColumns);
        InvoiceTriggers.FrozenColumns.Should().NotContain(
            ["Status", "AmountPaid", "AmountCredited", "PaidAt", "ClosedAt", "RemindersSent", "Version", "UpdatedAt", "UpdatedBy"]);
        // What dunning, payments and credit notes still move: the status, what was paid or credited and when, the
        // reminders sent.
        columns.Except(InvoiceTriggers.FrozenColumns).Should().BeEquivalentTo(
            ["Id", "Status", "AmountPaid", "AmountCredited", "PaidAt", "ClosedAt", "RemindersSent", "Version", "UpdatedAt", "UpdatedBy"],
            "every other column is frozen once the invoice is finalized");
    }

    private static IEnumerable<string> Names(IReadOnlyEntityType type) => type.GetDeclaredTriggers().Select(t => t.GetDatabaseName()!);
}
