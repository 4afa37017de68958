using CleanPlatform.Application.Identity.ListInvitations;

namespace CleanPlatform.Api.FunctionalTests.Identity;

public abstract class InvitationTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Register_WithInvitation_JoinsTheInvitingOrganizationInTheInvitedRole()
    {
        var admin = await Api.RegisterAsync(Ct);
        var invited = await InviteAsync(admin, "joiner@example.test", Roles.Advisor);

        var tokens = await RegisterAsync("joiner@example.test", invited.Token);

        using var joiner = Api.AuthorizedClient(tokens.AccessToken);
        var me = await (await joiner.GetAsync("/api/v1/identity/me", Ct))
            .ShouldBeAsync<AuthenticationTests<TFactory>.MeBody>(HttpStatusCode.OK);
        me.Roles.Should().Equal(Roles.Advisor);
        me.Organization.Id.Should().Be(await Api.OrganizationIdOfAsync(admin.Email, Ct));
        var list = await (await admin.Client.GetAsync("/api/v1/identity/invitations", Ct))
            .ShouldBeAsync<PagedList<InvitationDto>>(HttpStatusCode.OK);
        list.Items.Should().ContainSingle().Which.Status.Should().Be(InvitationStatus.Accepted);
    }

    [Fact]
    public async Task Register_WithInvitationForAnotherEmail_Returns422AndCreatesNoAccount()
    {
        var admin = await Api.RegisterAsync(Ct);
        var invited = await InviteAsync(admin, "right@example.test", Roles.Member);

        var response = await PostRegistrationAsync("wrong@example.test", "Wrong", invited.Token);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.UnprocessableEntity, "invitation.email_mismatch");
        (await Api.InDatabaseAsync(db => Task.FromResult(db.Users.Any(u => u.Email == "wrong@example.test"))))
            .Should().BeFalse();
    }

    [Fact]
    public async Task Register_WithUnknownInvitation_Returns400NamingTheToken()
    {
        var response = await PostRegistrationAsync("nobody@example.test", "Nobody", "made-up");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
            .TryGetProperty("invitationToken", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Register_WithRevokedInvitation_Returns422()
    {
        var admin = await Api.RegisterAsync(Ct);
        var invited = await InviteAsync(admin, "late@example.test", Roles.Member);
        (await admin.Client.DeleteAsync($"/api/v1/identity/invitations/{invited.Invitation.Id}", Ct))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        var response = await PostRegistrationAsync("late@example.test", "Late", invited.Token);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.UnprocessableEntity, "invitation.not_pending");
    }

    [Fact]
    public async Task Invite_AsMember_Returns403()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);

        var response = await member.Client.PostJsonAsync("/api/v1/identity/invitations",
            new { email = "x@example.test", role = "Viewer" }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Invite_ExistingMember_Returns409()
    {
        var admin = await Api.RegisterAsync(Ct);
        var member = await Api.AddMemberAsync(admin, "Member", Ct);

        var response = await admin.Client.PostJsonAsync("/api/v1/identity/invitations",
            new { email = member.Email, role = "Viewer" }, Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "invitation.already_member");
    }

    [Fact]
    public async Task Invite_AccountOfAnotherOrganization_AnswersAsForAnUnknownAddress()
    {
        var admin = await Api.RegisterAsync(Ct);
        var other = await Api.RegisterAsync(Ct);

        var known = await admin.Client.PostJsonAsync("/api/v1/identity/invitations",
            new { email = other.Email, role = "Viewer" }, Ct);
        var unknown = await admin.Client.PostJsonAsync("/api/v1/identity/invitations",
            new { email = $"nobody-{Guid.NewGuid():N}@example.test", role = "Viewer" }, Ct);

        known.StatusCode.Should().Be(HttpStatusCode.Created);
        unknown.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task ListInvitations_OfAnotherOrganization_AreInvisible()
    {
        var admin = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        await InviteAsync(admin, "secret@example.test", Roles.Viewer);

        var list = await (await stranger.Client.GetAsync("/api/v1/identity/invitations", Ct))
            .ShouldBeAsync<PagedList<InvitationDto>>(HttpStatusCode.OK);

        list.TotalCount.Should().Be(0);
    }

    private static async Task<CreatedInvitationDto> InviteAsync(Caller admin, string email, string role) =>
        await (await admin.Client.PostJsonAsync("/api/v1/identity/invitations", new { email, role }, Ct))
            .ShouldBeAsync<CreatedInvitationDto>(HttpStatusCode.Created);

    private Task<AuthResponse> RegisterAsync(string email, string token) =>
        Api.SignUpAndConfirmAsync(new { email, password = ApiFactory.Password, displayName = "Joiner", invitationToken = token },
            email, Ct);

    /// <summary>Registers anonymously with an invitation token, as the invited person's browser does.</summary>
    private async Task<HttpResponseMessage> PostRegistrationAsync(string email, string displayName, string invitationToken)
    {
        using var client = Api.CreateClient();
        return await client.PostJsonAsync("/api/v1/identity/register",
            new { email, password = ApiFactory.Password, displayName, invitationToken }, Ct);
    }
}

[Collection(PostgresApi.Name)]
public sealed class InvitationPostgresTests(PostgresApiFactory api) : InvitationTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class InvitationSqliteTests(SqliteApiFactory api) : InvitationTests<SqliteApiFactory>(api);
