namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PostgresApi : ICollectionFixture<PostgresApiFactory>
{
    public const string Name = "PostgreSQL API";
}

[CollectionDefinition(Name)]
public sealed class SqliteApi : ICollectionFixture<SqliteApiFactory>
{
    public const string Name = "SQLite API";
}

[CollectionDefinition(Name)]
public sealed class HardenedApi : ICollectionFixture<HardenedApiFactory>
{
    public const string Name = "Hardened API";
}
