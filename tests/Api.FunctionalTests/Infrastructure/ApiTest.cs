namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>Base of every functional test: resets the database before each test (where the provider supports it).</summary>
public abstract class ApiTest<TFactory>(TFactory api) : IAsyncLifetime where TFactory : ApiFactory
{
    protected TFactory Api { get; } = api;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await Api.ResetAsync(Ct);

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
