using CleanPlatform.Infrastructure.Persistence.Interceptors;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
        // Options are built once: the interceptors are singletons, and each context brings its caller. Other
        // registrations add theirs (the outbox's) as IInterceptor; every context gets them all, in order.
        services.AddSingleton<IInterceptor, AuditingInterceptor>();

        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteDirectory(connectionString);
                services.AddPooledContext<SqliteAppDbContext>((sp, o) =>
                    o.UseSqlite(connectionString).AddInterceptors(
                        [.. sp.GetServices<IInterceptor>(), ScaledIntegerArithmeticGuard.Instance]));
                break;
            case DatabaseProvider.Postgres:
                var postgres = PostgresDefaults(connectionString);
                services.AddPooledContext<PostgresAppDbContext>((sp, o) =>
                    o.UseNpgsql(postgres).AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.SqlServer:
                services.AddPooledContext<SqlServerAppDbContext>((sp, o) =>
                    o.UseSqlServer(connectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
        }

        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IOrganizationLocks, OrganizationLocks>();
        return services;
    }

    /// <summary>
    /// Contexts come from a pool, which saves building one (and its services) on every request; each scope
    /// leases one, tells it the scope's caller, and returns it when the scope ends.
    /// </summary>
    private static void AddPooledContext<TContext>(this IServiceCollection services,
        Action<IServiceProvider, DbContextOptionsBuilder> configure) where TContext : AppDbContext
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddScoped<AppDbContext>(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.Caller = sp.GetRequiredService<ICurrentUser>();
            return context;
        });
        services.AddSingleton(sp =>
        {
            var factory = sp.GetRequiredService<IDbContextFactory<TContext>>();
            return new OwnContexts(factory.CreateDbContext);
        });
    }

    /// <summary>
    /// Prepared statements and no session reset on pool return, unless the connection string says
    /// otherwise: PostgreSQL then plans each statement once per connection instead of on every request.
    /// Behind a pooler in transaction mode without prepared-statement support, set <c>Max Auto Prepare=0</c>.
    /// </summary>
    internal static string PostgresDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Max Auto Prepare"))
            builder.MaxAutoPrepare = 64;
        if (!Mentions(connectionString, "No Reset On Close"))
            builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, string key) =>
        connectionString.Replace(" ", "", StringComparison.Ordinal)
            .Contains(key.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(directory) && file != ":memory:")
            Directory.CreateDirectory(directory);
    }
}
