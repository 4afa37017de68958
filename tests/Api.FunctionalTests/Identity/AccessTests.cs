namespace CleanPlatform.Api.FunctionalTests.Identity;

/// <summary>Roles and organization boundaries.</summary>
public abstract class AccessTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task ListUsers_AsMember_Returns403Problem()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);

        var response = await member.Client.GetAsync("/api/v1/identity/users", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ListUsers_AsAdmin_ShowsOnlyTheOrganizationsUsers()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var stranger = await Api.RegisterAsync(Ct);

        var page = await (await admin.Client.GetAsync("/api/v1/identity/users", Ct))
            .ShouldBeAsync<PagedList<UserDto>>(HttpStatusCode.OK);

        page.Items.Select(u => u.Email).Should().BeEquivalentTo([admin.Email, member.Email]);
        page.Items.Should().NotContain(u => u.Email == stranger.Email);
    }

    [Fact]
    public async Task SetUserRoles_AsAdmin_ChangesTheMembersRoles()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var memberId = await Api.UserIdOfAsync(member.Email, Ct);

        var updated = await (await admin.Client.PutAsJsonAsync($"/api/v1/identity/users/{memberId}/roles",
            new { roles = new[] { "Advisor", "Viewer" } }, Ct)).ShouldBeAsync<UserDto>(HttpStatusCode.OK);

        updated.Roles.Should().Equal("Advisor", "Viewer");
    }

    [Fact]
    public async Task SetUserRoles_UserOfAnotherOrganization_Returns404()
    {
        var admin = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        var strangerId = await Api.UserIdOfAsync(stranger.Email, Ct);

        var response = await admin.Client.PutAsJsonAsync($"/api/v1/identity/users/{strangerId}/roles",
            new { roles = new[] { "Viewer" } }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SetUserRoles_UnknownRole_Returns400NamingTheField()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var memberId = await Api.UserIdOfAsync(member.Email, Ct);

        var response = await admin.Client.PutAsJsonAsync($"/api/v1/identity/users/{memberId}/roles",
            new { roles = new[] { "Overlord" } }, Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
            .EnumerateObject().Select(p => p.Name).Should().ContainSingle().Which.Should().StartWith("roles");
    }

    [Fact]
    public async Task RevokeApiKey_OfAnotherOrganization_Returns404AndKeyStillWorks()
    {
        var owner = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        var created = await ApiFactory.CreateApiKeyAsync(owner, "Mine", ["Read"], Ct);

        var response = await stranger.Client.DeleteAsync($"/api/v1/identity/api-keys/{created.ApiKey.Id}", Ct);
        using var integrator = Api.ApiKeyClient(created.Secret);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await integrator.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AuditEntries_OfAnotherOrganization_AreInvisible()
    {
        var owner = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        await ApiFactory.CreateApiKeyAsync(owner, "Mine", ["Read"], Ct);

        var page = await (await stranger.Client.GetAsync("/api/v1/platform/audit-entries?action=CreateApiKey", Ct))
            .ShouldBeAsync<PagedList<AuditBody>>(HttpStatusCode.OK);

        page.TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task PlatformAdmin_SeesEveryOrganizationsUsersAndAuditEntries()
    {
        var owner = await Api.RegisterAsync(Ct);
        await ApiFactory.CreateApiKeyAsync(owner, "Theirs", ["Read"], Ct);
        var platformAdmin = await Api.AddPlatformAdminAsync(Ct);

        var users = await (await platformAdmin.Client.GetAsync($"/api/v1/identity/users?search={owner.Email}", Ct))
            .ShouldBeAsync<PagedList<UserDto>>(HttpStatusCode.OK);
        var audit = await (await platformAdmin.Client.GetAsync("/api/v1/platform/audit-entries?action=CreateApiKey", Ct))
            .ShouldBeAsync<PagedList<AuditBody>>(HttpStatusCode.OK);

        users.Items.Should().ContainSingle(u => u.Email == owner.Email);
        audit.Items.Should().Contain(e => e.UserEmail == owner.Email);
    }

    [Fact]
    public async Task PlatformAdmin_DeactivatingATenantsMember_ShowsInThatTenantsAuditTrail()
    {
        var (tenantAdmin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var memberId = await Api.UserIdOfAsync(member.Email, Ct);
        var platformAdmin = await Api.AddPlatformAdminAsync(Ct);

        (await platformAdmin.Client.PostAsync($"/api/v1/identity/users/{memberId}/deactivate", null, Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var trail = await (await tenantAdmin.Client.GetAsync("/api/v1/platform/audit-entries?action=SetUserActive", Ct))
            .ShouldBeAsync<PagedList<AuditBody>>(HttpStatusCode.OK);
        trail.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            UserEmail = platformAdmin.Email,
            EntityId = memberId.ToString(),
            Outcome = "Succeeded",
        });
    }

    [Fact]
    public async Task PlatformAdmin_DeactivatingOrDemotingAnOrganizationsOnlyAdmin_Returns409UntilThereIsAnother()
    {
        var (tenantAdmin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var adminId = await Api.UserIdOfAsync(tenantAdmin.Email, Ct);
        var memberId = await Api.UserIdOfAsync(member.Email, Ct);
        var platformAdmin = await Api.AddPlatformAdminAsync(Ct);

        var deactivate = await platformAdmin.Client.PostAsync($"/api/v1/identity/users/{adminId}/deactivate", null, Ct);
        var demote = await platformAdmin.Client.PutAsJsonAsync($"/api/v1/identity/users/{adminId}/roles",
            new { roles = new[] { Roles.Member } }, Ct);
        (await tenantAdmin.Client.PutAsJsonAsync($"/api/v1/identity/users/{memberId}/roles",
            new { roles = new[] { Roles.Admin } }, Ct)).EnsureSuccessStatusCode();
        var deactivateWithAnother = await platformAdmin.Client.PostAsync($"/api/v1/identity/users/{adminId}/deactivate", null, Ct);
        var demoteTheLastOne = await platformAdmin.Client.PutAsJsonAsync($"/api/v1/identity/users/{memberId}/roles",
            new { roles = new[] { Roles.Member } }, Ct);

        await deactivate.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "user.last_active_admin");
        await demote.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "user.last_active_admin");
        deactivateWithAnother.StatusCode.Should().Be(HttpStatusCode.OK, "the organization has another active Admin now");
        await demoteTheLastOne.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "user.last_active_admin",
            "a deactivated Admin does not count");
    }

    [Fact]
    public async Task TwoAdmins_DemotingEachOtherAtOnce_OneIsRefusedSoTheOrganizationKeepsAnAdmin()
    {
        var (first, second) = await Api.RegisterWithMemberAsync(Roles.Admin, Ct);
        var firstId = await Api.UserIdOfAsync(first.Email, Ct);
        var secondId = await Api.UserIdOfAsync(second.Email, Ct);

        var responses = await Task.WhenAll(
            Task.Run(() => first.Client.PutAsJsonAsync($"/api/v1/identity/users/{secondId}/roles",
                new { roles = new[] { Roles.Member } }, Ct), Ct),
            Task.Run(() => second.Client.PutAsJsonAsync($"/api/v1/identity/users/{firstId}/roles",
                new { roles = new[] { Roles.Member } }, Ct), Ct));

        // Both requests reach the handler (the usual order): the second to run is refused as the last Admin (409). Or
        // one request ends before the other is authenticated: its caller is a Member by then and is refused (403).
        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        statuses[0].Should().Be(HttpStatusCode.OK);
        statuses[1].Should().BeOneOf(HttpStatusCode.Conflict, HttpStatusCode.Forbidden);
        var refused = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
        if (refused.StatusCode == HttpStatusCode.Conflict)
            await refused.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "user.last_active_admin");
        var admins = await Api.InDatabaseAsync(db => db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .CountAsync(x => (x.UserId == firstId || x.UserId == secondId) && x.Name == Roles.Admin, Ct));
        admins.Should().Be(1);
    }

    public sealed record AuditBody(Guid Id, string Action, string? EntityType, string? EntityId, string Outcome,
        string? Error, string? UserEmail);
}

[Collection(PostgresApi.Name)]
public sealed class AccessPostgresTests(PostgresApiFactory api) : AccessTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class AccessSqliteTests(SqliteApiFactory api) : AccessTests<SqliteApiFactory>(api);
