namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.OddsApi;

/// <summary>One recorded answer: a status, a body (usually a file under Recordings/) and headers.</summary>
internal sealed record StubResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers,
    string ContentType = "application/json; charset=utf-8")
{
    /// <summary>The quota headers a call costing 3 credits leaves: 19,997 remaining, 3 used.</summary>
    public static readonly IReadOnlyDictionary<string, string> Quota = new Dictionary<string, string>
    {
        ["x-requests-remaining"] = "19997",
        ["x-requests-used"] = "3",
        ["x-requests-last"] = "3",
    };

    public static StubResponse Recorded(string file, int status = 200) => new(status, Recording(file), Quota);

    public static StubResponse Text(int status, string body) => new(status, body, Quota, "text/plain");

    public static string Recording(string file) =>
        File.ReadAllText(Path.Combine(PostgresServer.RepositoryRoot(), "tests", "Infrastructure.IntegrationTests",
            "Betting", "OddsApi", "Recordings", file));
}
