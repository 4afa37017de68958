using System.Data.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Billing.Persistence;

/// <summary>
/// <see cref="IInvoiceNumbers"/> as one upsert of the series' counter row in the caller's transaction, moving it on by
/// the count taken: the row stays locked until the transaction ends (PostgreSQL and SQL Server row locks; SQLite runs one
/// write transaction at a time).
/// </summary>
internal sealed class InvoiceNumbers(AppDbContext db) : IInvoiceNumbers
{
    private const string Upsert = """
        INSERT INTO "InvoiceSequences" ("Series", "Year", "Last") VALUES (@series, @year, @count)
        ON CONFLICT ("Series", "Year") DO UPDATE SET "Last" = "InvoiceSequences"."Last" + EXCLUDED."Last"
        RETURNING "Last"
        """;

    internal const string SqlServerUpsert = """
        MERGE [InvoiceSequences] WITH (HOLDLOCK) AS t
        USING (SELECT @series AS [Series], @year AS [Year], @count AS [Count]) AS s ON t.[Series] = s.[Series] AND t.[Year] = s.[Year]
        WHEN MATCHED THEN UPDATE SET [Last] = t.[Last] + s.[Count]
        WHEN NOT MATCHED THEN INSERT ([Series], [Year], [Last]) VALUES (s.[Series], s.[Year], s.[Count])
        OUTPUT inserted.[Last];
        """;

    public async Task<long> TakeAsync(string series, int year, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Invoice numbers are taken inside the finalize transaction.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = db is SqlServerAppDbContext ? SqlServerUpsert : Upsert;
        Add(command, "@series", series);
        Add(command, "@year", year);
        Add(command, "@count", count);
        var last = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return last - count + 1;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
