namespace CleanPlatform.Infrastructure.Persistence;

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
