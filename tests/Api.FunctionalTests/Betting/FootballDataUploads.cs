using System.Net.Http.Headers;
using CleanPlatform.Application.Betting.ImportFootballData;
using CleanPlatform.Infrastructure.Betting.FootballData;
using CleanPlatform.TestSupport;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>The football-data season files kept in the repository, and their upload as the SPA sends it.</summary>
internal static class FootballDataUploads
{
    public const string Url = "/api/v1/betting/imports/football-data";
    public const string Season2022 = "E0_2022-23.csv";
    public const string Season2023 = "E0_2023-24.csv";

    public static byte[] Season(string fileName) => File.ReadAllBytes(PathOf(fileName));

    /// <summary>Where the repository keeps <paramref name="fileName"/>.</summary>
    public static string PathOf(string fileName) =>
        Path.Combine(PostgresServer.RepositoryRoot(), "tests", "TestSupport", "Data", "football-data", fileName);

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] content, string fileName,
        CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync(Url, form, ct);
    }

    public static async Task<FootballDataImportDto> ImportAsync(this HttpClient client, string season, CancellationToken ct) =>
        await (await client.UploadAsync(Season(season), season, ct)).ShouldBeAsync<FootballDataImportDto>(HttpStatusCode.OK);

    /// <summary>What the reader finds in a file: its rows and one snapshot per outcome of each of their price groups.</summary>
    public static async Task<(int Rows, int Snapshots)> ExpectedAsync(string season, CancellationToken ct)
    {
        using var stream = new MemoryStream(Season(season));
        var (rows, snapshots) = (0, 0);
        await foreach (var entry in new FootballDataReader().ReadAsync(stream, ct))
        {
            rows++;
            snapshots += entry is FootballDataRow row ? row.Prices.Sum(p => p.Outcomes.Count) : 0;
        }

        return (rows, snapshots);
    }
}
