using CleanPlatform.Domain.Platform;
using CleanPlatform.Infrastructure.Betting.CommandLine;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>The command line's import: the API's import, run as the organization's background work.</summary>
public abstract class CommandLineImportTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Import_ByOrganizationName_ImportsTheFileAsBackgroundWorkOfThatOrganization()
    {
        var owner = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await RunAsync(["import", "football-data", "--organization", $"Org {owner.Email}", SeasonFile()], output, error);

        exit.Should().Be(0, error.ToString());
        output.ToString().Should().StartWith($"{FootballDataUploads.Season2023}: 380 rows read, 380 matches added");
        (await Api.InDatabaseAsync(db => db.SportEvents.CountAsync(e => e.OrganizationId == organizationId, Ct))).Should().Be(380);
        var audit = await Api.InDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.OrganizationId == organizationId && a.Action == "ImportFootballData").ToListAsync(Ct));
        audit.Should().ContainSingle().Which.Should().Match<AuditEntry>(a =>
            a.SystemName == FootballDataImportCommand.SystemName && a.UserId == null);
    }

    [Fact]
    public async Task Import_AgainById_AddsNothing()
    {
        var owner = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        await RunAsync(["import", "football-data", "--organization", organizationId.ToString(), SeasonFile()]);
        var output = new StringWriter();

        var exit = await RunAsync(["import", "football-data", "--organization", organizationId.ToString(), SeasonFile()], output);

        exit.Should().Be(0);
        output.ToString().Should().Contain("0 matches added, 0 updated, 0 prices added");
    }

    [Theory]
    [InlineData("no-such-organization", true)]
    [InlineData("", false)]
    public async Task Import_WithAnUnknownOrganizationOrNoFile_ExplainsAndChangesNothing(string organization, bool withFile)
    {
        var error = new StringWriter();
        string[] arguments = withFile
            ? ["import", "football-data", "--organization", organization, SeasonFile()]
            : ["import", "football-data", "--organization", "x"];

        var exit = await RunAsync(arguments, error: error);

        exit.Should().Be(2);
        error.ToString().Should().Contain(withFile ? "No organization" : "usage:");
    }

    private Task<int> RunAsync(string[] arguments, TextWriter? output = null, TextWriter? error = null) =>
        FootballDataImportCommand.RunAsync(Api.Services, arguments, output ?? TextWriter.Null, error ?? TextWriter.Null, Ct);

    private static string SeasonFile() => FootballDataUploads.PathOf(FootballDataUploads.Season2023);
}

[Collection(PostgresApi.Name)]
public sealed class CommandLineImportPostgresTests(PostgresApiFactory api) : CommandLineImportTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class CommandLineImportSqliteTests(SqliteApiFactory api) : CommandLineImportTests<SqliteApiFactory>(api);
