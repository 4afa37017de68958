using CleanPlatform.Application.Platform.ListNotifications;
using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>Identity's <c>InvitationAccepted</c> reaches Platform through the outbox: the inviter is notified.</summary>
public abstract class NotificationTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Register_WithInvitation_InviterIsNotifiedOnceTheEventIsDelivered()
    {
        var admin = await Api.RegisterAsync(Ct);
        var email = $"joiner-{Guid.NewGuid():N}@example.test";
        var joiner = await JoinAsync(admin, email, Roles.Advisor);
        using var _ = joiner;
        var beforeDelivery = await NotificationsAsync(admin.Client);

        await Api.DispatchOutboxAsync(Ct);

        beforeDelivery.Items.Should().BeEmpty("the event is delivered after the registration commits, not inside it");
        (await NotificationsAsync(admin.Client)).Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Message = $"{email} accepted your invitation and joined as Advisor.",
            CreatedAt = Api.Time.GetUtcNow(),
        }, o => o.Using<DateTimeOffset>(c => c.Subject.Should().BeCloseTo(c.Expectation, TimeSpan.FromMilliseconds(1))).WhenTypeIs<DateTimeOffset>());
        (await NotificationsAsync(joiner)).Items.Should().BeEmpty("a notification is for its recipient only");
    }

    [Fact]
    public async Task Register_WithInvitation_NotificationIsAuditedAsTheHandlersSystemWork()
    {
        var admin = await Api.RegisterAsync(Ct);
        await JoinAsync(admin, $"joiner-{Guid.NewGuid():N}@example.test", Roles.Member);

        await Api.DispatchOutboxAsync(Ct);

        var trail = await (await admin.Client.GetAsync("/api/v1/platform/audit-entries?action=NotifyMember", Ct))
            .ShouldBeAsync<PagedList<BackgroundWorkTests<TFactory>.SystemAuditBody>>(HttpStatusCode.OK);
        trail.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            SystemName = "NotifyInviterWhenInvitationAccepted",
            UserEmail = (string?)null,
            OrganizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct),
            Outcome = nameof(AuditOutcome.Succeeded),
        });
    }

    [Fact]
    public async Task ListNotifications_Anonymous_Returns401()
    {
        using var anonymous = Api.CreateClient();

        var response = await anonymous.GetAsync("/api/v1/platform/notifications", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ListNotifications_PageSizeOverTheLimit_Returns400()
    {
        var invalid = await Api.InvalidFieldsOfAsync($"/api/v1/platform/notifications?pageSize={PageRequest.MaxPageSize + 1}", Ct);

        invalid.Should().Contain("pageSize");
    }

    /// <summary>Invites <paramref name="email"/> and registers them through the invitation; returns their client.</summary>
    private async Task<HttpClient> JoinAsync(Caller admin, string email, string role)
    {
        var invited = await (await admin.Client.PostJsonAsync("/api/v1/identity/invitations", new { email, role }, Ct))
            .ShouldBeAsync<CreatedInvitationDto>(HttpStatusCode.Created);
        var tokens = await Api.SignUpAndConfirmAsync(new
        {
            email,
            password = ApiFactory.Password,
            displayName = "Joiner",
            invitationToken = invited.Token,
        }, email, Ct);
        return Api.AuthorizedClient(tokens.AccessToken);
    }

    private static async Task<PagedList<NotificationDto>> NotificationsAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/platform/notifications", Ct))
            .ShouldBeAsync<PagedList<NotificationDto>>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class NotificationPostgresTests(PostgresApiFactory api) : NotificationTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class NotificationSqliteTests(SqliteApiFactory api) : NotificationTests<SqliteApiFactory>(api);
