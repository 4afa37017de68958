using AwesomeAssertions.Execution;
using CleanPlatform.Api.FunctionalTests.Identity;
using CleanPlatform.Domain.Platform;
using Microsoft.AspNetCore.TestHost;

namespace CleanPlatform.Api.FunctionalTests.Platform;

public abstract class AuditTrailTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task CreateApiKey_Succeeded_IsRecordedWithWhoWhatAndWhich()
    {
        var admin = await Api.RegisterAsync(Ct);
        var created = await ApiFactory.CreateApiKeyAsync(admin, "Audited", ["Read"], Ct);

        var page = await (await admin.Client.GetAsync("/api/v1/platform/audit-entries?action=CreateApiKey", Ct))
            .ShouldBeAsync<PagedList<AccessTests<TFactory>.AuditBody>>(HttpStatusCode.OK);

        var entry = page.Items.Should().ContainSingle().Subject;
        entry.UserEmail.Should().Be(admin.Email);
        entry.EntityType.Should().Be("ApiKey");
        entry.EntityId.Should().Be(created.ApiKey.Id.ToString());
        entry.Outcome.Should().Be("Succeeded");
    }

    [Fact]
    public async Task RevokeApiKey_AlreadyRevoked_IsRecordedAsFailedWithItsRuleCode()
    {
        var admin = await Api.RegisterAsync(Ct);
        var created = await ApiFactory.CreateApiKeyAsync(admin, "Twice", ["Read"], Ct);
        await admin.Client.DeleteAsync($"/api/v1/identity/api-keys/{created.ApiKey.Id}", Ct);
        await admin.Client.DeleteAsync($"/api/v1/identity/api-keys/{created.ApiKey.Id}", Ct);

        var page = await (await admin.Client.GetAsync("/api/v1/platform/audit-entries?action=RevokeApiKey&outcome=Failed", Ct))
            .ShouldBeAsync<PagedList<AccessTests<TFactory>.AuditBody>>(HttpStatusCode.OK);

        page.Items.Should().ContainSingle().Which.Error.Should().Be("api_key.already_revoked");
    }

    [Fact]
    public async Task Register_UserCreationFailsAfterWriting_LeavesNoOrganizationNorUserAndIsAuditedAsFailed()
    {
        var witness = new UserCreationThatFails.Witness();
        await using var failing = Api.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => UserCreationThatFails.Register(s, witness)));
        using var anonymous = failing.CreateClient();
        var email = $"rolled-back-{Guid.NewGuid():N}@example.test";
        var organizationName = $"Org {email}";
        // Other tests on this database fail registrations the same way: only this attempt's entry counts.
        var earlier = (await FailedRegistrationsAsync()).Select(e => e.Id).ToHashSet();

        var token = await Api.SignUpAsync(
            new { email, password = ApiFactory.Password, displayName = "Rolled Back", organizationName }, email, Ct, anonymous);
        var response = await Api.ConfirmAsync(token!, Ct, anonymous);

        await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        using var _ = new AssertionScope();
        witness.Should().BeEquivalentTo(new { OrganizationWritten = true, UserWritten = true },
            "both writes reached the command's transaction before it failed");
        (await Api.InDatabaseAsync(db => db.Organizations.AnyAsync(o => o.Name == organizationName, Ct)))
            .Should().BeFalse("the organization was rolled back");
        (await Api.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email, Ct)))
            .Should().BeFalse("the user was rolled back");
        (await FailedRegistrationsAsync()).Where(e => !earlier.Contains(e.Id))
            .Should().ContainSingle("the failed command is in the audit trail")
            .Which.Should().BeEquivalentTo(new { Action = "ConfirmRegistration", EntityType = "User", Outcome = AuditOutcome.Failed });
    }

    private Task<List<AuditEntry>> FailedRegistrationsAsync() =>
        Api.InDatabaseAsync(db => db.AuditEntries.Where(e => e.Error == nameof(UserCreationThatFails.UserCreationFailedException)).ToListAsync(Ct));

    [Fact]
    public async Task AuditEntries_TimeFilterWithAnOffset_MeansTheSameInstantInUtc()
    {
        var admin = await Api.RegisterAsync(Ct);
        var now = Api.Time.GetUtcNow();
        var from = (now - TimeSpan.FromHours(1)).ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        var to = (now + TimeSpan.FromHours(1)).ToOffset(TimeSpan.FromHours(-7)).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

        var response = await admin.Client.GetAsync(
            $"/api/v1/platform/audit-entries?action=ConfirmRegistration&from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}", Ct);

        (await response.ShouldBeAsync<PagedList<AccessTests<TFactory>.AuditBody>>(HttpStatusCode.OK))
            .Items.Should().ContainSingle(e => e.UserEmail == admin.Email);
    }

    [Fact]
    public async Task AuditEntries_AsMember_Returns403()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);

        var response = await member.Client.GetAsync("/api/v1/platform/audit-entries", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AuditEntries_FilterOutOfOrder_Returns400()
    {
        var invalid = await Api.InvalidFieldsOfAsync(
            "/api/v1/platform/audit-entries?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", Ct);

        invalid.Should().Contain("to");
    }
}

[Collection(PostgresApi.Name)]
public sealed class AuditTrailPostgresTests(PostgresApiFactory api) : AuditTrailTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class AuditTrailSqliteTests(SqliteApiFactory api) : AuditTrailTests<SqliteApiFactory>(api);
