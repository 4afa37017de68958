using CleanPlatform.Application.Betting.ImportFootballData;
using CleanPlatform.Infrastructure.Callers;
using CleanPlatform.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Betting.CommandLine;

/// <summary>
/// <c>import football-data --organization &lt;name or id&gt; &lt;file&gt;...</c>: the same import as the API's, run as the
/// organization's background work, one file after the other, each in its own transaction.
/// </summary>
public static class FootballDataImportCommand
{
    public const string SystemName = "CommandLine";

    /// <summary>How the command is written.</summary>
    public const string Usage = """
        usage: CleanPlatform.Api import football-data --organization <name or id> <file.csv> [<file.csv>...]
        Imports football-data.co.uk season files into an organization, as background work of that organization
        (audited as system: CommandLine). Configuration (database provider, connection string) as for serving.
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] arguments, TextWriter output,
        TextWriter error, CancellationToken ct)
    {
        if (arguments is not ["import", "football-data", "--organization", var organization, .. var files] || files.Length == 0)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            await error.WriteLineAsync($"No such file: {missing}");
            return 2;
        }

        if (await OrganizationIdAsync(services, organization, ct) is not { } organizationId)
        {
            await error.WriteLineAsync($"No organization is named or has the id '{organization}'.");
            return 2;
        }

        var failed = 0;
        foreach (var file in files)
            failed += await ImportAsync(services, organizationId, file, output, error, ct) ? 0 : 1;
        return failed == 0 ? 0 : 1;
    }

    private static async Task<bool> ImportAsync(IServiceProvider services, Guid organizationId, string file,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        try
        {
            var report = await FootballDataFileImport.ImportAsync(services.GetRequiredService<SystemWork>(), SystemName,
                organizationId, file, ct);
            await output.WriteLineAsync(FootballDataImportSummary.Of(report));
            return true;
        }
        catch (AggregateException failure)
        {
            foreach (var inner in failure.InnerExceptions)
                await error.WriteLineAsync($"{Path.GetFileName(file)}: {inner.Message}");
            return false;
        }
    }

    private static async Task<Guid?> OrganizationIdAsync(IServiceProvider services, string organization, CancellationToken ct)
    {
        // Finding the organization reads across organizations, once; the import itself runs inside the one found.
        var id = Guid.TryParse(organization, out var parsed) ? parsed : Guid.Empty;
        var matches = await services.GetRequiredService<SystemWork>().AcrossOrganizationsAsync(SystemName,
            (scope, token) => scope.GetRequiredService<AppDbContext>().Organizations.AsNoTracking()
                .Where(o => o.Id == id || o.Name == organization).OrderBy(o => o.Id).Select(o => o.Id).Take(2)
                .ToListAsync(token), ct);
        return matches.Count == 1 ? matches[0] : null;
    }
}
