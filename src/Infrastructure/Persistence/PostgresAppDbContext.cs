namespace CleanPlatform.Infrastructure.Persistence;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
