using CleanPlatform.Application.Betting.ImportFootballData;
using CleanPlatform.Infrastructure.Callers;
using Mediator;

namespace CleanPlatform.Infrastructure.Betting;

/// <summary>
/// Imports a football-data.co.uk file from disk through the upload's own command, as background work of one
/// organization named <c>system: &lt;name&gt;</c> (the command line, the demo data).
/// </summary>
internal static class FootballDataFileImport
{
    /// <exception cref="AggregateException">The import's failure, as <see cref="SystemWork"/> reports it.</exception>
    public static async Task<FootballDataImportDto> ImportAsync(SystemWork work, string systemName, Guid organizationId,
        string path, CancellationToken ct)
    {
        FootballDataImportDto? report = null;
        await work.ForEachOrganizationAsync(systemName, [organizationId], async (scope, token) =>
        {
            await using var stream = File.OpenRead(path);
            report = await scope.GetRequiredService<ISender>().Send(new ImportFootballData(stream, Path.GetFileName(path)), token);
        }, ct);
        return report!;
    }
}
