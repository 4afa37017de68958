namespace CleanPlatform.Infrastructure.Persistence.Seeding;

/// <summary>
/// Data a module needs on every installation, demo or not (Billing's plan catalogue), made to exist at every start,
/// after migrations and the foundation's roles and plans. It must be idempotent: it runs on every start of every node.
/// A module registers one with <c>services.AddScoped&lt;IModuleReferenceData, ...&gt;()</c>.
/// </summary>
public interface IModuleReferenceData
{
    Task EnsureAsync(CancellationToken ct);
}
