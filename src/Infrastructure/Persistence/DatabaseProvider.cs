namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>Value of <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
