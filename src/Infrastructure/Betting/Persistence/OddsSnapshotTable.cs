using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Betting.Persistence;

/// <summary>
/// The snapshots table as the EF model maps it on the running provider: its name, the columns a writer fills (all
/// but the generated key) and the columns of its unique natural key. Read from the model, never written down, so a
/// change of mapping changes the bulk writers with it.
/// </summary>
internal sealed record OddsSnapshotTable(string Name, string? Schema, IReadOnlyList<OddsSnapshotColumn> Columns,
    IReadOnlyList<OddsSnapshotColumn> Key)
{
    public static OddsSnapshotTable Of(IModel model)
    {
        var entity = model.FindEntityType(typeof(OddsSnapshot))
            ?? throw new InvalidOperationException($"The model does not map {nameof(OddsSnapshot)}.");
        var name = entity.GetTableName()
            ?? throw new InvalidOperationException($"{nameof(OddsSnapshot)} is not mapped to a table.");
        var table = StoreObjectIdentifier.Table(name, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey())
            .Select(p => new OddsSnapshotColumn(p, p.GetColumnName(table) ?? p.Name, p.GetRelationalTypeMapping()))
            .ToList();
        var naturalKey = entity.GetIndexes().Single(i => i.IsUnique).Properties;
        return new OddsSnapshotTable(name, entity.GetSchema(), columns,
            [.. naturalKey.Select(p => columns.Single(c => c.Property == p))]);
    }
}
