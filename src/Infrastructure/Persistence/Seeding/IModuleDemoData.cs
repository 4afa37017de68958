namespace CleanPlatform.Infrastructure.Persistence.Seeding;

/// <summary>
/// A module's demo data, loaded once into the demo organization right after it is made (only when demo data is
/// asked for). A module registers one with <c>services.AddScoped&lt;IModuleDemoData, ...&gt;()</c>.
/// </summary>
public interface IModuleDemoData
{
    Task SeedAsync(Guid organizationId, CancellationToken ct);
}
