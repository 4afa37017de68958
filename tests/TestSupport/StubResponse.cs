namespace CleanPlatform.TestSupport;

/// <summary>One answer of <see cref="OddsApiStub"/>: a status, a body (usually a recording under Data/odds-api) and headers.</summary>
public sealed record StubResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers,
    string ContentType = "application/json; charset=utf-8")
{
    /// <summary>The quota headers a call costing 3 credits leaves: 19,997 remaining, 3 used.</summary>
    public static readonly IReadOnlyDictionary<string, string> Quota = QuotaLeft(19_997);

    public static StubResponse Recorded(string file, int status = 200) => new(status, Recording(file), Quota);

    public static StubResponse Text(int status, string body) => new(status, body, Quota, "text/plain");

    /// <summary>The quota headers a call costing 3 credits leaves when <paramref name="remaining"/> of 20,000 are left.</summary>
    public static IReadOnlyDictionary<string, string> QuotaLeft(int remaining) => new Dictionary<string, string>
    {
        ["x-requests-remaining"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["x-requests-used"] = (20_000 - remaining).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["x-requests-last"] = "3",
    };

    /// <summary>A response the Odds API really gave, as recorded under tests/TestSupport/Data/odds-api.</summary>
    public static string Recording(string file) =>
        File.ReadAllText(Path.Combine(PostgresServer.RepositoryRoot(), "tests", "TestSupport", "Data", "odds-api", file));
}
