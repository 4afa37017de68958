using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Betting.Persistence;

/// <summary>
/// What every bulk writer of odds snapshots works with: the table as the model maps it, the provider's quoting of
/// names, and the command's connection and transaction.
/// </summary>
internal sealed record OddsSnapshotTarget(OddsSnapshotTable Table, ISqlGenerationHelper Sql, TransactionCommands Commands)
{
    public static OddsSnapshotTarget Of(AppDbContext db) => new(OddsSnapshotTable.Of(db.Model),
        db.GetService<ISqlGenerationHelper>(), TransactionCommands.Of(db, "Odds snapshots are written"));
}
