using CleanPlatform.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>SQLite: the embedded default. SQLite cannot order or compare DateTimeOffset, so instants are stored as UTC ticks.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser caller)
    : AppDbContext(options, caller)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
