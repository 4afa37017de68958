using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence.Numbers;

internal static class NumberModel
{
    /// <summary>The store type of a column of the Wagers table, as the provider would create it.</summary>
    public static string StoreType(DbContext db, string column) =>
        db.GetService<IDesignTimeModel>().Model.GetRelationalModel().FindTable("Wagers", null)?.FindColumn(column)?.StoreType
        ?? throw new InvalidOperationException($"Wagers.{column} is not mapped.");
}
