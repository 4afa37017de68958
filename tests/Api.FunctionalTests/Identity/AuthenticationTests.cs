using CleanPlatform.Application.Identity.Register;

namespace CleanPlatform.Api.FunctionalTests.Identity;

public abstract class AuthenticationTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Register_NewEmail_Returns202AndTheEmailedLinkOpensTheAccount()
    {
        var email = $"new-{Guid.NewGuid():N}@example.test";
        using var client = Api.CreateClient();

        var response = await client.PostJsonAsync("/api/v1/identity/register",
            new { email, password = ApiFactory.Password, displayName = "New", organizationName = "Acme" }, Ct);
        var pending = await response.ShouldBeAsync<RegistrationPendingDto>(HttpStatusCode.Accepted);
        var before = await Api.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email, Ct));
        var token = await Api.DeliverRegistrationEmailAsync(pending, Ct);
        var tokens = await (await Api.ConfirmAsync(token!, Ct)).ShouldBeAsync<AuthResponse>(HttpStatusCode.Created);

        pending.Email.Should().Be(email);
        pending.ExpiresAt.Should().Be(Api.Time.GetUtcNow() + PendingRegistration.Lifetime);
        before.Should().BeFalse("nothing of the account exists before the link is used");
        using var authorized = Api.AuthorizedClient(tokens.AccessToken);
        var me = await (await authorized.GetAsync("/api/v1/identity/me", Ct)).ShouldBeAsync<MeBody>(HttpStatusCode.OK);
        me.Email.Should().Be(email);
        me.Roles.Should().Equal("Admin");
        me.Organization.Name.Should().Be("Acme");
        me.Organization.Plan.Should().Be("Free");
    }

    [Fact]
    public async Task Register_EmailWithApostropheAndPlus_IsAccepted()
    {
        var email = $"o'brien+{Guid.NewGuid():N}@example.test";

        var tokens = await Api.SignUpAndConfirmAsync(new { email, password = ApiFactory.Password, displayName = "O'Brien" }, email, Ct);

        tokens.AccessToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Register_TakenEmail_AnswersAsForANewOneAndTellsOnlyTheMailbox()
    {
        var existing = await Api.RegisterAsync(Ct);
        var fresh = $"fresh-{Guid.NewGuid():N}@example.test";
        using var client = Api.CreateClient();

        var taken = await client.PostJsonAsync("/api/v1/identity/register",
            new { email = existing.Email, password = ApiFactory.Password, displayName = "Again" }, Ct);
        var free = await client.PostJsonAsync("/api/v1/identity/register",
            new { email = fresh, password = ApiFactory.Password, displayName = "Again" }, Ct);
        var takenBody = await taken.ShouldBeAsync<RegistrationPendingDto>(HttpStatusCode.Accepted);
        var freeBody = await free.ShouldBeAsync<RegistrationPendingDto>(HttpStatusCode.Accepted);
        var token = await Api.DeliverRegistrationEmailAsync(takenBody, Ct);

        takenBody.Should().BeEquivalentTo(freeBody, o => o.Excluding(b => b.Id).Excluding(b => b.Email),
            "the answer does not tell whether the e-mail has an account");
        taken.Headers.Select(h => h.Key).Should().BeEquivalentTo(free.Headers.Select(h => h.Key));
        token.Should().BeNull("an address that has an account gets no link to open another");
        Api.Mailbox.To(existing.Email).Should().Contain(m => m.Subject == "You already have a CleanPlatform account");
    }

    [Fact]
    public async Task ConfirmRegistration_LinkUsedTwice_SecondIs400NamingTheToken()
    {
        var email = $"twice-{Guid.NewGuid():N}@example.test";
        var token = await Api.SignUpAsync(new { email, password = ApiFactory.Password, displayName = "Twice" }, email, Ct);
        (await Api.ConfirmAsync(token!, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);

        var again = await Api.ConfirmAsync(token!, Ct);

        (await again.ShouldBeInvalidAsync()).Should().Contain("token");
    }

    [Fact]
    public async Task ConfirmRegistration_AfterTheLinkExpired_Returns400AndOpensNothing()
    {
        var email = $"late-{Guid.NewGuid():N}@example.test";
        var token = await Api.SignUpAsync(new { email, password = ApiFactory.Password, displayName = "Late" }, email, Ct);
        Api.Time.Advance(PendingRegistration.Lifetime);

        var response = await Api.ConfirmAsync(token!, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await Api.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email, Ct))).Should().BeFalse();
    }

    [Fact]
    public async Task ConfirmRegistration_TwoSignUpsOfOneAddress_TheFirstConfirmedEndsTheOther()
    {
        var email = $"two-{Guid.NewGuid():N}@example.test";
        var first = await Api.SignUpAsync(new { email, password = ApiFactory.Password, displayName = "First" }, email, Ct);
        var second = await Api.SignUpAsync(new { email, password = ApiFactory.Password, displayName = "Second" }, email, Ct);

        var opened = await Api.ConfirmAsync(second!, Ct);
        var stale = await Api.ConfirmAsync(first!, Ct);

        opened.StatusCode.Should().Be(HttpStatusCode.Created);
        await stale.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await Api.InDatabaseAsync(db => db.Users.CountAsync(u => u.Email == email, Ct))).Should().Be(1);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        var user = await Api.RegisterAsync(Ct);
        using var client = Api.CreateClient();

        var response = await client.PostLoginAsync(user.Email, "not-the-password", Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
    }

    [Fact]
    public async Task Login_AfterFiveFailures_LocksOutEvenTheRightPassword()
    {
        var user = await Api.RegisterAsync(Ct);
        using var client = Api.CreateClient();
        for (var i = 0; i < 5; i++)
            await client.PostLoginAsync(user.Email, "wrong-password", Ct);

        var response = await client.PostLoginAsync(user.Email, ApiFactory.Password, Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials",
            "a locked-out account must not confirm that the e-mail has an account");
    }

    [Fact]
    public async Task Refresh_ValidToken_ReturnsNewPairAndRetiresTheOldToken()
    {
        var user = await Api.RegisterAsync(Ct);
        using var client = Api.CreateClient();

        var rotated = await (await client.PostRefreshAsync(user.Tokens.RefreshToken, Ct)).ShouldBeAsync<AuthResponse>(HttpStatusCode.OK);

        rotated.RefreshToken.Should().NotBe(user.Tokens.RefreshToken);
        using var authorized = Api.AuthorizedClient(rotated.AccessToken);
        (await authorized.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_ReusedTokenAfterTheGraceWindow_RevokesTheWholeFamily()
    {
        var user = await Api.RegisterAsync(Ct);
        using var client = Api.CreateClient();
        var rotated = await (await client.PostRefreshAsync(user.Tokens.RefreshToken, Ct)).ShouldBeAsync<AuthResponse>(HttpStatusCode.OK);
        Api.Time.Advance(ApiFactory.RefreshReuseGrace + TimeSpan.FromSeconds(1));

        var reuse = await client.PostRefreshAsync(user.Tokens.RefreshToken, Ct);
        var descendant = await client.PostRefreshAsync(rotated.RefreshToken, Ct);

        await reuse.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await descendant.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_SameTokenTwiceWithinTheGraceWindow_BothGetTheSameNewPair()
    {
        var user = await Api.RegisterAsync(Ct);
        using var client = Api.CreateClient();
        var first = await (await client.PostRefreshAsync(user.Tokens.RefreshToken, Ct)).ShouldBeAsync<AuthResponse>(HttpStatusCode.OK);
        Api.Time.Advance(ApiFactory.RefreshReuseGrace - TimeSpan.FromSeconds(1));

        var second = await (await client.PostRefreshAsync(user.Tokens.RefreshToken, Ct)).ShouldBeAsync<AuthResponse>(HttpStatusCode.OK);

        second.AccessToken.Should().Be(first.AccessToken);
        second.RefreshToken.Should().Be(first.RefreshToken);
        second.RefreshTokenExpiresAt.Should().BeCloseTo(first.RefreshTokenExpiresAt, TimeSpan.FromMilliseconds(1));
        (await client.PostRefreshAsync(first.RefreshToken, Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK, "the family was not revoked");
    }

    [Fact]
    public async Task Refresh_TwoTabsAtOnce_BothSucceedWithOnePair()
    {
        var user = await Api.RegisterAsync(Ct);
        using var tabA = Api.CreateClient();
        using var tabB = Api.CreateClient();

        var responses = await Task.WhenAll(
            tabA.PostRefreshAsync(user.Tokens.RefreshToken, Ct),
            tabB.PostRefreshAsync(user.Tokens.RefreshToken, Ct));

        var pairs = await Task.WhenAll(responses.Select(r => r.ShouldBeAsync<AuthResponse>(HttpStatusCode.OK)));
        pairs[1].RefreshToken.Should().Be(pairs[0].RefreshToken);
    }

    [Fact]
    public async Task Refresh_PastTheSessionsAbsoluteLifetime_Returns401HoweverOftenItRefreshed()
    {
        var user = await Api.RegisterAsync(Ct);
        using var client = Api.CreateClient();
        var token = user.Tokens.RefreshToken;
        for (var day = 0; day < ApiFactory.SessionDays; day += 10)
        {
            token = (await (await client.PostRefreshAsync(token, Ct))
                .ShouldBeAsync<AuthResponse>(HttpStatusCode.OK)).RefreshToken;
            Api.Time.Advance(TimeSpan.FromDays(10));
        }

        var late = await client.PostRefreshAsync(token, Ct);

        await late.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_ThenRefresh_Returns401()
    {
        var user = await Api.RegisterAsync(Ct);

        var logout = await user.Client.PostJsonAsync("/api/v1/identity/logout", new { refreshToken = user.Tokens.RefreshToken }, Ct);
        using var client = Api.CreateClient();
        var refresh = await client.PostRefreshAsync(user.Tokens.RefreshToken, Ct);

        logout.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_WithoutCredentials_Returns401Problem()
    {
        using var client = Api.CreateClient();

        var response = await client.GetAsync("/api/v1/identity/me", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrent_Returns400NamingTheField()
    {
        var user = await Api.RegisterAsync(Ct);

        var response = await user.Client.PutAsJsonAsync("/api/v1/identity/me/password",
            new { currentPassword = "not-my-password", newPassword = "a-brand-new-passphrase" }, Ct);

        (await response.ShouldBeInvalidAsync()).Should().Contain("currentPassword");
    }

    [Fact]
    public async Task ChangePassword_Valid_NewPasswordLogsIn()
    {
        var user = await Api.RegisterAsync(Ct);

        var response = await user.Client.PutAsJsonAsync("/api/v1/identity/me/password",
            new { currentPassword = ApiFactory.Password, newPassword = "a-brand-new-passphrase" }, Ct);
        using var client = Api.CreateClient();
        var login = await client.PostLoginAsync(user.Email, "a-brand-new-passphrase", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        login.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ChangePassword_Valid_OldPasswordNoLongerLogsIn()
    {
        var user = await Api.RegisterAsync(Ct);

        (await user.Client.PutAsJsonAsync("/api/v1/identity/me/password",
            new { currentPassword = ApiFactory.Password, newPassword = "another-new-passphrase" }, Ct)).EnsureSuccessStatusCode();
        using var client = Api.CreateClient();
        var login = await client.PostLoginAsync(user.Email, ApiFactory.Password, Ct);

        await login.ShouldBeProblemWithCodeAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
    }

    [Fact]
    public async Task ChangePassword_Valid_EndsOtherSessionsAndReturnsAFreshOne()
    {
        var user = await Api.RegisterAsync(Ct);
        var otherDevice = await Api.LoginAsync(user.Email, Ct);

        var fresh = await (await user.Client.PutAsJsonAsync("/api/v1/identity/me/password",
                new { currentPassword = ApiFactory.Password, newPassword = "a-brand-new-passphrase" }, Ct))
            .ShouldBeAsync<AuthResponse>(HttpStatusCode.OK);
        using var client = Api.CreateClient();

        await (await client.PostRefreshAsync(otherDevice.Tokens.RefreshToken, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.PostRefreshAsync(user.Tokens.RefreshToken, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await client.PostRefreshAsync(fresh.RefreshToken, Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public sealed record MeBody(Guid Id, string Email, string[] Roles, bool IsPlatformAdmin, OrganizationBody Organization);

    public sealed record OrganizationBody(Guid Id, string Name, string Plan);
}

[Collection(PostgresApi.Name)]
public sealed class AuthenticationPostgresTests(PostgresApiFactory api) : AuthenticationTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class AuthenticationSqliteTests(SqliteApiFactory api) : AuthenticationTests<SqliteApiFactory>(api);
