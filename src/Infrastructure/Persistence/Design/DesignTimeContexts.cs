using Microsoft.EntityFrameworkCore.Design;

namespace CleanPlatform.Infrastructure.Persistence.Design;

/// <summary>
/// Lets <c>dotnet ef</c> build each provider's context without the web host. The connection strings
/// only matter for <c>database update</c>; <c>build/migrate.sh</c> passes real ones with --connection.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options)
        { Caller = SystemCaller.Instance };
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=cleanplatform").Options)
        { Caller = SystemCaller.Instance };
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
                .UseSqlServer("Server=localhost;Database=CleanPlatform;Trusted_Connection=True;TrustServerCertificate=True").Options)
        { Caller = SystemCaller.Instance };
}
