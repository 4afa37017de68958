using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Infrastructure.Persistence.Interceptors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CleanPlatform.Infrastructure.Persistence;

internal static class PersistenceRegistration
{
    public const string DefaultSqliteConnection = "Data Source=data/cleanplatform.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
            return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException(
                $"Database:Provider '{value}' is not one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    public static string ConnectionStringFrom(IConfiguration configuration, DatabaseProvider provider) =>
        configuration.GetConnectionString("Default") is { Length: > 0 } cs ? cs
        : provider == DatabaseProvider.Sqlite ? DefaultSqliteConnection
        : throw new InvalidOperationException($"ConnectionStrings:Default is required for {provider}.");

    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = ConnectionStringFrom(configuration, provider);
        services.AddScoped<AuditingInterceptor>();

        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteDirectory(connectionString);
                services.AddDbContext<SqliteAppDbContext>((sp, o) =>
                    o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<PostgresAppDbContext>((sp, o) =>
                    o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<SqlServerAppDbContext>((sp, o) =>
                    o.UseSqlServer(connectionString).AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqlServerAppDbContext>());
                break;
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        return services;
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(directory) && file != ":memory:")
            Directory.CreateDirectory(directory);
    }
}
