using CleanPlatform.Application.Platform.ListNotifications;
using CleanPlatform.Domain.Identity.Events;
using CleanPlatform.Infrastructure.Outbox;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>
/// Events leave through the outbox: written with their change, delivered after commit, at least once, retried
/// with backoff, and handled once per handler however often they are delivered.
/// </summary>
public abstract class OutboxTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Dispatch_HandlerFailsTwice_RetriesAfterEachBackoffThenDelivers()
    {
        var probe = new EventProbe(failures: 2);
        await using var host = Api.WithWebHostBuilder(b => b.ConfigureTestServices(probe.Register));
        var options = host.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        var admin = await Api.RegisterAsync(Ct);
        probe.OrganizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct);
        var eventId = await JoinThroughInvitationAsync(admin);

        await DispatchAsync(host);
        var failedOnce = await MessageAsync(eventId);
        Api.Time.Advance(options.RetryDelay - TimeSpan.FromMilliseconds(1));
        await DispatchAsync(host);
        var callsBeforeDue = probe.Calls;
        Api.Time.Advance(TimeSpan.FromMilliseconds(1));
        await DispatchAsync(host);
        var failedTwice = await MessageAsync(eventId);
        Api.Time.Advance(2 * options.RetryDelay);
        await DispatchAsync(host);

        failedOnce.Should().BeEquivalentTo(new { Attempts = 1, ProcessedAt = (DateTimeOffset?)null },
            o => o.ExcludingMissingMembers());
        failedOnce.LastError.Should().Contain(nameof(EventProbe.EventProbeHandler));
        failedTwice.Attempts.Should().Be(2);
        (failedTwice.NextAttemptAt - failedOnce.NextAttemptAt).Should().Be(2 * options.RetryDelay, "the wait doubles");
        callsBeforeDue.Should().Be(1, "nothing is retried before its backoff ends");
        probe.Calls.Should().Be(3);
        var delivered = await MessageAsync(eventId);
        delivered.ProcessedAt.Should().BeCloseTo(Api.Time.GetUtcNow(), TimeSpan.FromMilliseconds(1));
        delivered.LastError.Should().BeNull();
        (await NotificationsAsync(admin)).Should().ContainSingle("the handler that succeeded the first time is not run again");
    }

    [Fact]
    public async Task Dispatch_HostStoppedBeforeDelivering_NextHostDeliversOnItsOwn()
    {
        var admin = await Api.RegisterAsync(Ct);
        await using (var stopped = Api.WithWebHostBuilder(_ => { }))
        {
            using var client = stopped.CreateClient();
            await JoinThroughInvitationAsync(admin, client);
        }

        var pending = (await NotificationsAsync(admin)).Count;
        await using var restarted = Api.WithWebHostBuilder(b => b.UseSetting("Outbox:PollInterval", "00:00:00.050"));
        _ = restarted.Server;

        pending.Should().Be(0, "the first host committed the change and stopped before delivering its event");
        await WaitUntilAsync(async () => (await NotificationsAsync(admin)).Count == 1,
            "the restarted host's dispatcher delivers the event in the background");
    }

    [Fact]
    public async Task DispatchOnCommit_DeliversTheEventAtOnce_WithoutWaitingForThePoll()
    {
        var admin = await Api.RegisterAsync(Ct);
        var invited = await InviteAsync(admin, $"joiner-{Guid.NewGuid():N}@example.test");
        var token = await Api.SignUpAsync(new
        {
            email = invited.Invitation.Email,
            password = ApiFactory.Password,
            displayName = "Joiner",
            invitationToken = invited.Token,
        }, invited.Invitation.Email, Ct);
        await using var node = Api.WithWebHostBuilder(b => b.UseSetting("Outbox:DispatchOnCommit", "true"));
        using var client = node.CreateClient();

        (await Api.ConfirmAsync(token!, Ct, client)).StatusCode.Should().Be(HttpStatusCode.Created);

        var organizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct);
        var type = OutboxCatalog.NameOf(typeof(InvitationAccepted));
        await WaitUntilAsync(() => Api.InDatabaseAsync(db => db.OutboxMessages.AnyAsync(m =>
                m.OrganizationId == organizationId && m.Type == type && m.ProcessedAt != null, Ct)),
            "the commit woke the dispatcher, whose poll is an hour away");
        (await NotificationsAsync(admin)).Should().ContainSingle();
    }

    [Fact]
    public async Task Dispatch_NodeDiedHoldingTheRow_AnotherDeliversItOnceTheLeaseEnds()
    {
        await Api.DispatchOutboxAsync(Ct);
        var admin = await Api.RegisterAsync(Ct);
        await JoinThroughInvitationAsync(admin);
        var dispatcher = Api.Services.GetRequiredService<OutboxDispatcher>();
        var lease = await dispatcher.ClaimAsync(Ct);

        await Api.DispatchOutboxAsync(Ct);
        var whileLeased = await NotificationsAsync(admin);
        Api.Time.Advance(lease.Until - Api.Time.GetUtcNow());
        await Api.DispatchOutboxAsync(Ct);

        lease.Messages.Should().ContainSingle();
        whileLeased.Should().BeEmpty("the row is claimed by a node that never finished");
        (await NotificationsAsync(admin)).Should().ContainSingle();
    }

    [Fact]
    public async Task Deliver_SameRowByTwoNodesAfterTheLeaseEnded_SecondDeliveryChangesNothing()
    {
        await Api.DispatchOutboxAsync(Ct);
        var admin = await Api.RegisterAsync(Ct);
        var eventId = await JoinThroughInvitationAsync(admin);
        var dispatcher = Api.Services.GetRequiredService<OutboxDispatcher>();
        var slow = await dispatcher.ClaimAsync(Ct);
        Api.Time.Advance(slow.Until - Api.Time.GetUtcNow());
        var fast = await dispatcher.ClaimAsync(Ct);

        var first = await dispatcher.DeliverAsync(fast.Messages.Single(m => m.Id == eventId), fast, Ct);
        var second = await dispatcher.DeliverAsync(slow.Messages.Single(m => m.Id == eventId), slow, Ct);

        new[] { first, second }.Should().AllBeEquivalentTo(true, "the second delivery finds the event handled and skips it");
        (await NotificationsAsync(admin)).Should().ContainSingle();
        var organizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct);
        (await Api.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "NotifyMember" && e.OrganizationId == organizationId, Ct)))
            .Should().Be(1, "the second delivery ran no command");
        (await Api.InDatabaseAsync(db => db.ProcessedEvents.CountAsync(p => p.EventId == eventId, Ct))).Should().Be(1);
        (await MessageAsync(eventId)).ProcessedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task Claim_SeveralNodesAtOnce_EachRowGoesToOneNode()
    {
        await Api.DispatchOutboxAsync(Ct);
        var admins = new List<Caller>();
        for (var i = 0; i < 6; i++)
            admins.Add(await Api.RegisterAsync(Ct));
        foreach (var admin in admins)
            await JoinThroughInvitationAsync(admin);
        var dispatcher = Api.Services.GetRequiredService<OutboxDispatcher>();

        var leases = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => dispatcher.ClaimAsync(Ct), Ct)));

        var claimed = leases.SelectMany(l => l.Messages.Select(m => m.Id)).ToList();
        claimed.Should().OnlyHaveUniqueItems().And.HaveCount(admins.Count);
    }

    [Fact]
    public async Task Purge_DeliveredPastRetention_GoesWithItsMarksWhileUndeliveredAndRecentStay()
    {
        await using var host = Api.WithWebHostBuilder(b => b.UseSetting("Outbox:Retention", "00:01:00"));
        var purge = host.Services.GetRequiredService<OutboxPurge>();
        await Api.DispatchOutboxAsync(Ct);
        var delivered = await JoinThroughInvitationAsync(await Api.RegisterAsync(Ct));
        await Api.DispatchOutboxAsync(Ct);
        var pending = await JoinThroughInvitationAsync(await Api.RegisterAsync(Ct));
        Api.Time.Advance(TimeSpan.FromMinutes(1));

        var purged = await purge.PurgeAsync(Ct);
        await Api.DispatchOutboxAsync(Ct);
        var purgedRightAfterDelivery = await purge.PurgeAsync(Ct);

        purged.Should().BeGreaterThanOrEqualTo(1);
        purgedRightAfterDelivery.Should().Be(0, "the event delivered just now is within its retention");
        (await Api.InDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.Id == delivered, Ct))).Should().BeFalse();
        (await Api.InDatabaseAsync(db => db.ProcessedEvents.AnyAsync(p => p.EventId == delivered, Ct)))
            .Should().BeFalse("a purged event's marks go with it");
        (await MessageAsync(pending)).ProcessedAt.Should().NotBeNull("the event that was still waiting was kept and delivered");
        (await Api.InDatabaseAsync(db => db.ProcessedEvents.AnyAsync(p => p.EventId == pending, Ct))).Should().BeTrue();
    }

    [Fact]
    public async Task Register_WithInvitationFailsAfterAccepting_RollsBackTheAcceptanceWithItsEvent()
    {
        var admin = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct);
        var invited = await InviteAsync(admin, $"joiner-{Guid.NewGuid():N}@example.test");
        var witness = new UserCreationThatFails.Witness();
        await using var failing = Api.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => UserCreationThatFails.Register(s, witness)));
        using var anonymous = failing.CreateClient();

        var token = await Api.SignUpAsync(new
        {
            email = invited.Invitation.Email,
            password = ApiFactory.Password,
            displayName = "Joiner",
            invitationToken = invited.Token,
        }, invited.Invitation.Email, Ct, anonymous);
        var response = await Api.ConfirmAsync(token!, Ct, anonymous);

        await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        witness.EventsWritten.Should().Be(1, "the acceptance's event was written in the transaction before it failed");
        (await Api.InDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.OrganizationId == organizationId, Ct)))
            .Should().Be(0, "the event was rolled back with the change");
        (await Api.InDatabaseAsync(db => db.Invitations.SingleAsync(i => i.Id == invited.Invitation.Id, Ct)))
            .AcceptedAt.Should().BeNull("the acceptance was rolled back");
    }

    /// <summary>Invites someone into the admin's organization and registers them through the invitation; returns the event's id.</summary>
    private async Task<Guid> JoinThroughInvitationAsync(Caller admin, HttpClient? client = null)
    {
        var invited = await InviteAsync(admin, $"joiner-{Guid.NewGuid():N}@example.test");
        await Api.SignUpAndConfirmAsync(new
        {
            email = invited.Invitation.Email,
            password = ApiFactory.Password,
            displayName = "Joiner",
            invitationToken = invited.Token,
        }, invited.Invitation.Email, Ct, client);
        var organizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct);
        var type = OutboxCatalog.NameOf(typeof(InvitationAccepted));
        return await Api.InDatabaseAsync(db => db.OutboxMessages
            .Where(m => m.OrganizationId == organizationId && m.Type == type).Select(m => m.Id).SingleAsync(Ct));
    }

    private static async Task<CreatedInvitationDto> InviteAsync(Caller admin, string email) =>
        await (await admin.Client.PostJsonAsync("/api/v1/identity/invitations", new { email, role = Roles.Member }, Ct))
            .ShouldBeAsync<CreatedInvitationDto>(HttpStatusCode.Created);

    private Task<OutboxMessage> MessageAsync(Guid id) =>
        Api.InDatabaseAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, Ct));

    private static async Task<IReadOnlyList<NotificationDto>> NotificationsAsync(Caller admin) =>
        (await (await admin.Client.GetAsync("/api/v1/platform/notifications", Ct))
            .ShouldBeAsync<PagedList<NotificationDto>>(HttpStatusCode.OK)).Items;

    private static Task<int> DispatchAsync(WebApplicationFactory<Program> host) =>
        host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(Ct);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string because)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition() && DateTime.UtcNow < deadline)
            await Task.Delay(50, Ct);
        (await condition()).Should().BeTrue(because);
    }
}

[Collection(PostgresApi.Name)]
public sealed class OutboxPostgresTests(PostgresApiFactory api) : OutboxTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class OutboxSqliteTests(SqliteApiFactory api) : OutboxTests<SqliteApiFactory>(api);
