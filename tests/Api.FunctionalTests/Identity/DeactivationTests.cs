namespace CleanPlatform.Api.FunctionalTests.Identity;

public abstract class DeactivationTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Deactivate_Member_CannotLogInRefreshOrUseTheirKeys()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var key = await ApiFactory.CreateApiKeyAsync(member, "Theirs", ["Read"], Ct);

        var deactivated = await (await admin.Client.PostAsync($"/api/v1/identity/users/{await IdOfAsync(member)}/deactivate", null, Ct))
            .ShouldBeAsync<UserDto>(HttpStatusCode.OK);

        deactivated.IsLockedOut.Should().BeTrue();
        using var anonymous = Api.CreateClient();
        await (await anonymous.PostLoginAsync(member.Email, ApiFactory.Password, Ct))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
        await (await anonymous.PostRefreshAsync(member.Tokens.RefreshToken, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var integrator = Api.ApiKeyClient(key.Secret);
        await (await integrator.GetAsync("/api/v1/identity/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Deactivate_Member_RevokedKeysAndSessionsAreStampedWithTheAdminAndTheTime()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var key = await ApiFactory.CreateApiKeyAsync(member, "Theirs", ["Read"], Ct);
        var memberId = await IdOfAsync(member);
        Api.Time.Advance(TimeSpan.FromMinutes(5));

        (await admin.Client.PostAsync($"/api/v1/identity/users/{memberId}/deactivate", null, Ct)).EnsureSuccessStatusCode();

        var adminId = await IdOfAsync(admin);
        var revokedKey = await Api.InDatabaseAsync(db => db.ApiKeys.SingleAsync(k => k.Id == key.ApiKey.Id, Ct));
        var revokedTokens = await Api.InDatabaseAsync(db => db.RefreshTokens.Where(t => t.UserId == memberId).ToListAsync(Ct));
        foreach (var revoked in revokedTokens.Cast<CleanPlatform.Domain.Common.Entity>().Prepend(revokedKey))
        {
            revoked.Should().BeEquivalentTo(new { Version = 2, UpdatedBy = (Guid?)adminId }, o => o.ExcludingMissingMembers());
            revoked.UpdatedAt.Should().BeCloseTo(Api.Time.GetUtcNow(), TimeSpan.FromMilliseconds(1));
        }

        revokedTokens.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Deactivate_Member_KeyMadeWithTheirStillValidAccessTokenDoesNotWork()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        await admin.Client.PostAsync($"/api/v1/identity/users/{await IdOfAsync(member)}/deactivate", null, Ct);

        var created = await member.Client.PostJsonAsync("/api/v1/identity/api-keys",
            new { name = "Backdoor", scopes = new[] { "Read" } }, Ct);
        using var integrator = Api.CreateClient();
        if (created.StatusCode == HttpStatusCode.Created)
            integrator.DefaultRequestHeaders.Add("X-Api-Key",
                (await created.ShouldBeAsync<CreatedApiKeyDto>(HttpStatusCode.Created)).Secret);

        (await integrator.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Deactivate_PlatformAdminByTheirOrganizationsAdmin_Returns403()
    {
        var platformAdmin = await Api.AddPlatformAdminAsync(Ct);
        var tenantAdmin = await Api.AddMemberAsync(platformAdmin, Roles.Admin, Ct);

        var response = await tenantAdmin.Client.PostAsync(
            $"/api/v1/identity/users/{await IdOfAsync(platformAdmin)}/deactivate", null, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reactivate_DeactivatedMember_CanLogInAgain()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var id = await IdOfAsync(member);
        await admin.Client.PostAsync($"/api/v1/identity/users/{id}/deactivate", null, Ct);

        var reactivated = await (await admin.Client.PostAsync($"/api/v1/identity/users/{id}/reactivate", null, Ct))
            .ShouldBeAsync<UserDto>(HttpStatusCode.OK);

        reactivated.IsLockedOut.Should().BeFalse();
        (await Api.LoginAsync(member.Email, Ct)).Tokens.AccessToken.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Deactivate_Self_Returns409()
    {
        var admin = await Api.RegisterAsync(Ct);

        var response = await admin.Client.PostAsync($"/api/v1/identity/users/{await IdOfAsync(admin)}/deactivate", null, Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "user.self_deactivation");
    }

    [Fact]
    public async Task Deactivate_UserOfAnotherOrganization_Returns404AndChangesNothing()
    {
        var admin = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);

        var response = await admin.Client.PostAsync($"/api/v1/identity/users/{await IdOfAsync(stranger)}/deactivate", null, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await Api.LoginAsync(stranger.Email, Ct)).Tokens.AccessToken.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Deactivate_AsMember_Returns403()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);

        var response = await member.Client.PostAsync($"/api/v1/identity/users/{await IdOfAsync(admin)}/deactivate", null, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private Task<Guid> IdOfAsync(Caller caller) => Api.UserIdOfAsync(caller.Email, Ct);
}

[Collection(PostgresApi.Name)]
public sealed class DeactivationPostgresTests(PostgresApiFactory api) : DeactivationTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class DeactivationSqliteTests(SqliteApiFactory api) : DeactivationTests<SqliteApiFactory>(api);
