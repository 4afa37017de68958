namespace CleanPlatform.Api.FunctionalTests.Identity;

/// <summary>Keys cannot manage credentials; Admins see every key; keys expire; deactivation kills keys for good.</summary>
public abstract class ApiKeyManagementTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task WriteKey_CreatingAnotherKey_Returns403AndCreatesNothing()
    {
        var admin = await Api.RegisterAsync(Ct);
        var key = await ApiFactory.CreateApiKeyAsync(admin, "Leaked", ["Read", "Write"], Ct);
        using var attacker = Api.ApiKeyClient(key.Secret);

        var response = await attacker.PostJsonAsync("/api/v1/identity/api-keys", new { name = "Persistence", scopes = new[] { "Write" } }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var keys = await (await admin.Client.GetAsync("/api/v1/identity/api-keys", Ct))
            .ShouldBeAsync<PagedList<ApiKeyDto>>(HttpStatusCode.OK);
        keys.Items.Should().ContainSingle();
    }

    [Fact]
    public async Task WriteKey_ManagingCredentialsOrUsers_IsRefusedEveryTime()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var memberId = await Api.UserIdOfAsync(member.Email, Ct);
        var key = await ApiFactory.CreateApiKeyAsync(admin, "Leaked", ["Read", "Write"], Ct);
        using var attacker = Api.ApiKeyClient(key.Secret);

        var attempts = new[]
        {
            await attacker.DeleteAsync($"/api/v1/identity/api-keys/{key.ApiKey.Id}", Ct),
            await attacker.PostJsonAsync("/api/v1/identity/invitations", new { email = "friend@example.test", role = "Admin" }, Ct),
            await attacker.PutAsJsonAsync("/api/v1/identity/me/password",
                new { currentPassword = ApiFactory.Password, newPassword = "attacker-owns-this-now" }, Ct),
            await attacker.PutAsJsonAsync($"/api/v1/identity/users/{memberId}/roles", new { roles = new[] { "Admin" } }, Ct),
            await attacker.PostAsync($"/api/v1/identity/users/{memberId}/deactivate", null, Ct),
        };

        foreach (var response in attempts)
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await attacker.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "the key was not revoked");
    }

    [Fact]
    public async Task ListApiKeys_AdminAllMembers_ShowsEveryKeyWithOwnerAndLastUse()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var stranger = await Api.RegisterAsync(Ct);
        var memberKey = await ApiFactory.CreateApiKeyAsync(member, "Member's", ["Read"], Ct);
        await ApiFactory.CreateApiKeyAsync(admin, "Admin's", ["Read"], Ct);
        await ApiFactory.CreateApiKeyAsync(stranger, "Stranger's", ["Read"], Ct);
        using (var integrator = Api.ApiKeyClient(memberKey.Secret))
            await integrator.GetAsync("/api/v1/identity/me", Ct);
        await Api.FlushAsync(Ct);

        var page = await (await admin.Client.GetAsync("/api/v1/identity/api-keys?allMembers=true", Ct))
            .ShouldBeAsync<PagedList<ApiKeyDto>>(HttpStatusCode.OK);

        page.Items.Select(k => k.OwnerEmail).Should().BeEquivalentTo([member.Email, admin.Email]);
        var used = page.Items.Single(k => k.Id == memberKey.ApiKey.Id);
        used.LastUsedAt.Should().NotBeNull();
        used.OwnerId.Should().Be(await Api.UserIdOfAsync(member.Email, Ct));
    }

    [Fact]
    public async Task ApiKeyRequests_LastUse_IsWrittenByTheFlushNotOnTheRequestPath()
    {
        var user = await Api.RegisterAsync(Ct);
        var key = await ApiFactory.CreateApiKeyAsync(user, "Quiet", ["Read"], Ct);
        using var integrator = Api.ApiKeyClient(key.Secret);

        (await integrator.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var beforeFlush = await LastUsedAsync(key.ApiKey.Id);
        await Api.FlushAsync(Ct);

        beforeFlush.Should().BeNull("authenticating a key writes nothing on the request path");
        (await LastUsedAsync(key.ApiKey.Id)).Should().BeCloseTo(Api.Time.GetUtcNow(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ListApiKeys_MemberAllMembers_Returns403()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);

        var response = await member.Client.GetAsync("/api/v1/identity/api-keys?allMembers=true", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RevokeApiKey_AdminRevokesAMembersKey_KeyStopsAtItsNextRequest()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var key = await ApiFactory.CreateApiKeyAsync(member, "Member's", ["Read"], Ct);
        using var integrator = Api.ApiKeyClient(key.Secret);
        (await integrator.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await admin.Client.DeleteAsync($"/api/v1/identity/api-keys/{key.ApiKey.Id}", Ct))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await integrator.GetAsync("/api/v1/identity/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateApiKey_WithExpiry_WorksUntilThenIsRefused()
    {
        var user = await Api.RegisterAsync(Ct);
        var expiresAt = Api.Time.GetUtcNow().AddDays(7);
        var key = await (await user.Client.PostJsonAsync("/api/v1/identity/api-keys",
                new { name = "Week", scopes = new[] { "Read" }, expiresAt }, Ct))
            .ShouldBeAsync<CreatedApiKeyDto>(HttpStatusCode.Created);
        using var integrator = Api.ApiKeyClient(key.Secret);
        (await integrator.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        Api.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));

        key.ApiKey.ExpiresAt.Should().BeCloseTo(expiresAt, TimeSpan.FromMilliseconds(1));
        await (await integrator.GetAsync("/api/v1/identity/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateApiKey_ExpiryInThePast_Returns400NamingTheField()
    {
        var user = await Api.RegisterAsync(Ct);

        var response = await user.Client.PostJsonAsync("/api/v1/identity/api-keys",
            new { name = "Stale", scopes = new[] { "Read" }, expiresAt = Api.Time.GetUtcNow().AddMinutes(-1) }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("expiresAt", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Reactivate_KeysOfTheDeactivatedUser_StayRevoked()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var memberId = await Api.UserIdOfAsync(member.Email, Ct);
        var key = await ApiFactory.CreateApiKeyAsync(member, "Member's", ["Read"], Ct);
        using var integrator = Api.ApiKeyClient(key.Secret);
        (await integrator.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        await admin.Client.PostAsync($"/api/v1/identity/users/{memberId}/deactivate", null, Ct);
        await (await integrator.GetAsync("/api/v1/identity/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        await admin.Client.PostAsync($"/api/v1/identity/users/{memberId}/reactivate", null, Ct);

        await (await integrator.GetAsync("/api/v1/identity/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private Task<DateTimeOffset?> LastUsedAsync(Guid keyId) =>
        Api.InDatabaseAsync(db => db.ApiKeys.Where(k => k.Id == keyId)
            .Select(k => k.LastUsedAt).SingleAsync(Ct));
}

[Collection(PostgresApi.Name)]
public sealed class ApiKeyManagementPostgresTests(PostgresApiFactory api) : ApiKeyManagementTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class ApiKeyManagementSqliteTests(SqliteApiFactory api) : ApiKeyManagementTests<SqliteApiFactory>(api);
