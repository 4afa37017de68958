using CleanPlatform.Infrastructure.Persistence.Numbers;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence.Numbers;

/// <summary>A test-only context over <see cref="Wager"/>s, with the number conventions <c>AppDbContext</c> applies.</summary>
public abstract class NumbersDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Wager> Wagers => Set<Wager>();

    protected virtual bool StoresDecimalsAsScaledIntegers => false;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.MapNumberTypes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Wager>(b =>
        {
            b.ToTable("Wagers");
            b.HasKey(x => x.Id);
            b.Property(x => x.Label).HasMaxLength(16);
            b.HasMoney(x => x.Stake);
            b.HasIndex(x => x.Odds);
        });
        modelBuilder.Model.StoreDecimalsAtFixedScale(StoresDecimalsAsScaledIntegers);
    }
}

public sealed class SqliteNumbersDbContext(DbContextOptions<SqliteNumbersDbContext> options) : NumbersDbContext(options)
{
    protected override bool StoresDecimalsAsScaledIntegers => true;
}

public sealed class PostgresNumbersDbContext(DbContextOptions<PostgresNumbersDbContext> options) : NumbersDbContext(options);

public sealed class SqlServerNumbersDbContext(DbContextOptions<SqlServerNumbersDbContext> options) : NumbersDbContext(options);
