using static CleanPlatform.Api.FunctionalTests.Betting.FootballDataUploads;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>
/// A new organization with shared E0 seasons imported through the API. Tests on PostgreSQL start from an empty
/// database, so each test that reads them imports them.
/// </summary>
internal static class ReferenceSeasons
{
    public const string Season2022 = "2022-23";
    public const string Season2023 = "2023-24";

    /// <summary>Registers an organization and imports <paramref name="files"/> (both seasons when none are named).</summary>
    public static async Task<Caller> ImportAsync(ApiFactory api, CancellationToken ct, params string[] files)
    {
        var owner = await api.RegisterAsync(ct);
        foreach (var file in files.Length > 0 ? files : [FootballDataUploads.Season2022, FootballDataUploads.Season2023])
            await owner.Client.ImportAsync(file, ct);
        return owner;
    }

    /// <summary>The query string selecting one season (<c>both</c>: the two) of E0.</summary>
    public static string Filter(string season) => season == "both"
        ? $"competitions=E0&seasons={Season2022}&seasons={Season2023}"
        : $"competitions=E0&seasons={season}";
}
