namespace CleanPlatform.Api.FunctionalTests.Identity;

/// <summary>Access changes apply to the caller's very next request, whatever token or key they hold.</summary>
public abstract class CurrentAccessTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task DeactivatedAdmin_StillValidAccessToken_IsRefusedAndCannotReactivateItself()
    {
        var (first, second) = await Api.RegisterWithMemberAsync(Roles.Admin, Ct);
        var secondId = await Api.UserIdOfAsync(second.Email, Ct);
        var firstId = await Api.UserIdOfAsync(first.Email, Ct);
        (await second.Client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await first.Client.PostAsync($"/api/v1/identity/users/{secondId}/deactivate", null, Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        await (await second.Client.GetAsync("/api/v1/identity/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await second.Client.PostAsync($"/api/v1/identity/users/{secondId}/reactivate", null, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await second.Client.PutAsJsonAsync($"/api/v1/identity/users/{firstId}/roles",
            new { roles = new[] { "Member" } }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await first.Client.GetAsync("/api/v1/identity/users", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reactivated_AccessTokenIssuedBeforeDeactivation_StaysDead()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var memberId = await Api.UserIdOfAsync(member.Email, Ct);
        await admin.Client.PostAsync($"/api/v1/identity/users/{memberId}/deactivate", null, Ct);

        (await admin.Client.PostAsync($"/api/v1/identity/users/{memberId}/reactivate", null, Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        await (await member.Client.GetAsync("/api/v1/identity/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await (await Api.LoginAsync(member.Email, Ct)).Client.GetAsync("/api/v1/identity/me", Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DemotedAdmin_StillValidAccessToken_ActsAsMemberAndCannotPromoteItself()
    {
        var (first, second) = await Api.RegisterWithMemberAsync(Roles.Admin, Ct);
        var secondId = await Api.UserIdOfAsync(second.Email, Ct);
        (await second.Client.GetAsync("/api/v1/identity/users", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await first.Client.PutAsJsonAsync($"/api/v1/identity/users/{secondId}/roles",
            new { roles = new[] { "Member" } }, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        await (await second.Client.GetAsync("/api/v1/identity/users", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await second.Client.PutAsJsonAsync($"/api/v1/identity/users/{secondId}/roles",
            new { roles = new[] { "Admin" } }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var me = await (await second.Client.GetAsync("/api/v1/identity/me", Ct))
            .ShouldBeAsync<AuthenticationTests<TFactory>.MeBody>(HttpStatusCode.OK);
        me.Roles.Should().Equal("Member");
    }

    [Fact]
    public async Task DemotedAdmin_ApiKey_LosesAdminRightsAtOnce()
    {
        var (first, second) = await Api.RegisterWithMemberAsync(Roles.Admin, Ct);
        var key = await ApiFactory.CreateApiKeyAsync(second, "Admin script", ["Read"], Ct);
        using var integrator = Api.ApiKeyClient(key.Secret);
        (await integrator.GetAsync("/api/v1/identity/users", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        await first.Client.PutAsJsonAsync($"/api/v1/identity/users/{await Api.UserIdOfAsync(second.Email, Ct)}/roles",
            new { roles = new[] { "Viewer" } }, Ct);

        await (await integrator.GetAsync("/api/v1/identity/users", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ChangePassword_AccessTokenOfAnotherSession_IsRefusedAtItsNextRequest()
    {
        var user = await Api.RegisterAsync(Ct);
        var otherDevice = await Api.LoginAsync(user.Email, Ct);

        var fresh = await (await user.Client.PutAsJsonAsync("/api/v1/identity/me/password",
                new { currentPassword = ApiFactory.Password, newPassword = "a-brand-new-passphrase" }, Ct))
            .ShouldBeAsync<AuthResponse>(HttpStatusCode.OK);

        await (await otherDevice.Client.GetAsync("/api/v1/identity/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await user.Client.GetAsync("/api/v1/identity/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var continued = Api.AuthorizedClient(fresh.AccessToken);
        (await continued.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPasswordFiveTimes_LocksTheAccount()
    {
        var user = await Api.RegisterAsync(Ct);
        for (var i = 0; i < 5; i++)
        {
            await (await user.Client.PutAsJsonAsync("/api/v1/identity/me/password",
                    new { currentPassword = $"wrong-guess-{i}", newPassword = "a-brand-new-passphrase" }, Ct))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        }

        var sixth = await user.Client.PutAsJsonAsync("/api/v1/identity/me/password",
            new { currentPassword = ApiFactory.Password, newPassword = "a-brand-new-passphrase" }, Ct);

        await sixth.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = Api.CreateClient();
        await (await anonymous.PostLoginAsync(user.Email, ApiFactory.Password, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_LockedOutAccountAndUnknownEmail_GetTheSameAnswer()
    {
        var user = await Api.RegisterAsync(Ct);
        using var client = Api.CreateClient();
        for (var i = 0; i < 5; i++)
            await client.PostLoginAsync(user.Email, "wrong-password", Ct);

        var locked = await client.PostLoginAsync(user.Email, ApiFactory.Password, Ct);
        var unknown = await client.PostLoginAsync($"nobody-{Guid.NewGuid():N}@example.test", ApiFactory.Password, Ct);

        var lockedProblem = await locked.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var unknownProblem = await unknown.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        lockedProblem.GetProperty("code").GetString().Should().Be(unknownProblem.GetProperty("code").GetString());
        lockedProblem.GetProperty("detail").GetString().Should().Be(unknownProblem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PlanChange_AppliesToTheNextRequestWithoutANewLogin()
    {
        var user = await Api.RegisterAsync(Ct);
        (await user.Client.GetAsync("/api/v1/identity/me", Ct)).Headers.GetValues("RateLimit-Limit").Single()
            .Should().Be(ApiFactory.FreeRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await Api.MoveToPlanAsync(user.Email, ApiFactory.ProPlan, Ct);

        var response = await user.Client.GetAsync("/api/v1/identity/me", Ct);
        response.Headers.GetValues("RateLimit-Limit").Single().Should().Be("1000");
        response.Headers.GetValues("Quota-Limit").Single()
            .Should().Be(ApiFactory.ProMonthlyQuota.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

[Collection(PostgresApi.Name)]
public sealed class CurrentAccessPostgresTests(PostgresApiFactory api) : CurrentAccessTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class CurrentAccessSqliteTests(SqliteApiFactory api) : CurrentAccessTests<SqliteApiFactory>(api);
