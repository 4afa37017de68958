using System.Text;
using CleanPlatform.Application.Betting.ImportFootballData;
using CleanPlatform.Infrastructure.Callers;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.AspNetCore.TestHost;
using static CleanPlatform.Api.FunctionalTests.Betting.FootballDataUploads;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class ImportFootballDataTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Import_BothSeasons_StoresEveryMatchResultAndPrice()
    {
        var admin = await Api.RegisterAsync(Ct);
        var expected2022 = await ExpectedAsync(Season2022, Ct);
        var expected2023 = await ExpectedAsync(Season2023, Ct);

        var first = await admin.Client.ImportAsync(Season2022, Ct);
        var second = await admin.Client.ImportAsync(Season2023, Ct);

        first.Should().BeEquivalentTo(new
        {
            FileName = Season2022,
            RowsRead = expected2022.Rows,
            EventsAdded = 380,
            EventsUpdated = 0,
            SnapshotsAdded = expected2022.Snapshots,
            SnapshotsAlreadyPresent = 0,
            Rejections = Array.Empty<object>(),
        });
        second.Should().BeEquivalentTo(new
        {
            RowsRead = expected2023.Rows,
            EventsAdded = 380,
            SnapshotsAdded = expected2023.Snapshots,
            SnapshotsAlreadyPresent = 0,
        });
        var organizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct);
        (await ResultsAsync(organizationId, "2022-23")).Should().Equal(184, 87, 109);
        (await ResultsAsync(organizationId, "2023-24")).Should().Equal(175, 82, 123);
        (await SnapshotCountAsync(organizationId)).Should().Be(expected2022.Snapshots + expected2023.Snapshots);
    }

    [Fact]
    public async Task Import_SameFilesAgain_AddsNothing()
    {
        var admin = await Api.RegisterAsync(Ct);
        var first = await admin.Client.ImportAsync(Season2023, Ct);

        var again = await admin.Client.ImportAsync(Season2023, Ct);

        again.Should().BeEquivalentTo(new
        {
            EventsAdded = 0,
            EventsUpdated = 0,
            SnapshotsAdded = 0,
            SnapshotsAlreadyPresent = first.SnapshotsAdded,
        });
        (await SnapshotCountAsync(await Api.OrganizationIdOfAsync(admin.Email, Ct))).Should().Be(first.SnapshotsAdded);
    }

    [Fact]
    public async Task Import_SameFileTwiceAtOnce_OneAddsItAndTheOtherFindsItThere()
    {
        var admin = await Api.RegisterAsync(Ct);
        var content = Season(Season2023);

        var responses = await Task.WhenAll(
            Task.Run(() => admin.Client.UploadAsync(content, Season2023, Ct), Ct),
            Task.Run(() => admin.Client.UploadAsync(content, Season2023, Ct), Ct));

        var reports = new List<FootballDataImportDto>();
        foreach (var response in responses)
            reports.Add(await response.ShouldBeAsync<FootballDataImportDto>(HttpStatusCode.OK));
        reports.Select(r => r.EventsAdded).Should().BeEquivalentTo([380, 0], "the second waits for the first, then finds its events");
        var organizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct);
        (await Api.InDatabaseAsync(db => db.SportEvents.CountAsync(e => e.OrganizationId == organizationId, Ct))).Should().Be(380);
    }

    [Fact]
    public async Task Import_ByOneOrganization_IsNotSeenByAnother()
    {
        var owner = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        var imported = await owner.Client.ImportAsync(Season2022, Ct);

        var seen = await SeenByAsync(await Api.OrganizationIdOfAsync(stranger.Email, Ct));
        var strangersOwn = await stranger.Client.ImportAsync(Season2022, Ct);

        seen.Should().Be((0, 0, 0));
        strangersOwn.Should().BeEquivalentTo(new { EventsAdded = 380, imported.SnapshotsAdded, SnapshotsAlreadyPresent = 0 });
    }

    [Fact]
    public async Task Import_AsViewer_Returns403()
    {
        var (_, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);

        var response = await viewer.Client.UploadAsync(Head(Season2022, rows: 2), Season2022, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Import_WithWriteApiKey_Imports()
    {
        var admin = await Api.RegisterAsync(Ct);
        var key = await ApiFactory.CreateApiKeyAsync(admin, "Importer", ["Write"], Ct);
        using var integrator = Api.ApiKeyClient(key.Secret);

        var report = await (await integrator.UploadAsync(Head(Season2022, rows: 2), Season2022, Ct))
            .ShouldBeAsync<FootballDataImportDto>(HttpStatusCode.OK);

        report.EventsAdded.Should().Be(2);
    }

    [Fact]
    public async Task Import_RowWithBadDate_Returns200ReportingItsLineAndImportsTheOthers()
    {
        var admin = await Api.RegisterAsync(Ct);
        var lines = Encoding.UTF8.GetString(Head(Season2022, rows: 3)).Split("\r\n");
        lines[2] = "E0,31/02/2022" + lines[2][lines[2].IndexOf(',', 3)..];

        var report = await (await admin.Client.UploadAsync(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)), "bad.csv", Ct))
            .ShouldBeAsync<FootballDataImportDto>(HttpStatusCode.OK);

        report.RowsRead.Should().Be(3);
        report.EventsAdded.Should().Be(2);
        report.Rejections.Should().ContainSingle().Which.Should().BeEquivalentTo(new { LineNumber = 3, Column = "Date" });
    }

    [Fact]
    public async Task Import_NotAFootballDataFile_Returns400NamingFile()
    {
        var admin = await Api.RegisterAsync(Ct);

        var response = await admin.Client.UploadAsync("name,amount\r\nrent,100\r\n"u8.ToArray(), "budget.csv", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
            .TryGetProperty("file", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Import_EmptyFile_Returns400NamingFile()
    {
        var admin = await Api.RegisterAsync(Ct);

        var response = await admin.Client.UploadAsync([], "empty.csv", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
            .TryGetProperty("file", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Import_FileOverTheOneMegabyteBodyLimitOfOtherEndpoints_IsImported()
    {
        var admin = await Api.RegisterAsync(Ct);
        // Blank lines are not data rows: they make the file large without making the test slow.
        byte[] file = [.. Head(Season2022, rows: 2), .. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("\r\n", 768 * 1024)))];

        var report = await (await admin.Client.UploadAsync(file, Season2022, Ct)).ShouldBeAsync<FootballDataImportDto>(HttpStatusCode.OK);

        file.Length.Should().BeGreaterThan(1024 * 1024);
        report.Should().BeEquivalentTo(new { RowsRead = 2, EventsAdded = 2 });
    }

    [Fact]
    public async Task Import_FileOver20Megabytes_Returns400()
    {
        var admin = await Api.RegisterAsync(Ct);

        var response = await admin.Client.UploadAsync(new byte[(int)ImportFootballData.MaxFileBytes + (128 * 1024)], "huge.csv", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("title").GetString()
            .Should().Be("The request body is too large.");
    }

    [Fact]
    public async Task Import_WithoutFile_Returns400NamingFile()
    {
        var admin = await Api.RegisterAsync(Ct);
        using var form = new MultipartFormDataContent { { new StringContent("E0"), "division" } };

        var response = await admin.Client.PostAsync(Url, form, Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
            .TryGetProperty("file", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Import_FailingAfterWritingSnapshots_LeavesNoEventNorSnapshot()
    {
        var witness = new OddsSnapshotWriterThatFails.Witness();
        await using var failing = Api.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => OddsSnapshotWriterThatFails.Register(s, witness)));
        var admin = await Api.RegisterAsync(Ct);
        using var client = failing.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", admin.Tokens.AccessToken);

        var response = await client.UploadAsync(Season(Season2022), Season2022, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        witness.Should().BeEquivalentTo(new { SnapshotsWritten = witness.SnapshotsAdded, EventsWritten = 380 },
            "the events and the first batch of snapshots reached the command's transaction before it failed");
        witness.SnapshotsAdded.Should().BePositive();
        (await SeenByAsync(await Api.OrganizationIdOfAsync(admin.Email, Ct))).Should().Be((0, 0, 0));
    }

    /// <summary>The header and the first <paramref name="rows"/> rows of a season file.</summary>
    private static byte[] Head(string season, int rows) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", Encoding.UTF8.GetString(Season(season)).Split("\r\n").Take(rows + 1)) + "\r\n");

    private Task<int[]> ResultsAsync(Guid organizationId, string season) => Api.InDatabaseAsync(async db =>
    {
        var seasonId = await db.Seasons.Where(s => s.OrganizationId == organizationId && s.Name == season)
            .Select(s => s.Id).SingleAsync(Ct);
        var events = db.SportEvents.Where(e => e.SeasonId == seasonId);
        return new[]
        {
            await events.CountAsync(e => e.HomeGoals > e.AwayGoals, Ct),
            await events.CountAsync(e => e.HomeGoals == e.AwayGoals, Ct),
            await events.CountAsync(e => e.HomeGoals < e.AwayGoals, Ct),
        };
    });

    private Task<int> SnapshotCountAsync(Guid organizationId) =>
        Api.InDatabaseAsync(db => db.OddsSnapshots.CountAsync(s => s.OrganizationId == organizationId, Ct));

    /// <summary>Events, snapshots and bookmakers as the organization's own tenant-filtered context sees them.</summary>
    private async Task<(int Events, int Snapshots, int Bookmakers)> SeenByAsync(Guid organizationId)
    {
        var seen = (0, 0, 0);
        await Api.Services.GetRequiredService<SystemWork>().ForEachOrganizationAsync("tests", [organizationId],
            async (services, ct) =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                seen = (await db.SportEvents.CountAsync(ct), await db.OddsSnapshots.CountAsync(ct), await db.Bookmakers.CountAsync(ct));
            }, Ct);
        return seen;
    }
}

[Collection(PostgresApi.Name)]
public sealed class ImportFootballDataPostgresTests(PostgresApiFactory api) : ImportFootballDataTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class ImportFootballDataSqliteTests(SqliteApiFactory api) : ImportFootballDataTests<SqliteApiFactory>(api);
