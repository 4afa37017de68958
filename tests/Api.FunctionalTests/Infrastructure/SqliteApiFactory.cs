namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>The embedded default: a fresh database file per factory; tests keep their data apart by registering their own users.</summary>
public class SqliteApiFactory : ApiFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cleanplatform-tests-{Guid.NewGuid():N}.db");

    protected override string Provider => "Sqlite";

    protected override Task<string> CreateDatabaseAsync(CancellationToken ct) =>
        Task.FromResult($"Data Source={_file}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
        GC.SuppressFinalize(this);
    }
}
