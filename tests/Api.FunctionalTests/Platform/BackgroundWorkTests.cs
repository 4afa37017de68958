using CleanPlatform.Application.Identity.ListInvitations;
using CleanPlatform.Infrastructure.Callers;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>Scheduled work acts as a named system caller, inside one organization at a time.</summary>
public abstract class BackgroundWorkTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task PurgeEndedInvitationsJob_TwoOrganizations_ChangesEachOnlyInsideItsOwnTrail()
    {
        var first = await Api.RegisterAsync(Ct);
        var second = await Api.RegisterAsync(Ct);
        var ended = new[] { await InviteAsync(first, "gone-1@example.test"), await InviteAsync(second, "gone-2@example.test") };
        var kept = new[] { await InviteAsync(first, "kept-1@example.test"), await InviteAsync(second, "kept-2@example.test") };
        var longAgo = Api.Time.GetUtcNow() - Invitation.KeptAfterEnding - TimeSpan.FromDays(1);
        await Api.InDatabaseAsync(db => db.Invitations.Where(i => i.Id == ended[0] || i.Id == ended[1])
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, longAgo), Ct));

        await Api.RunJobAsync("PurgeEndedInvitations", () => Api.InDatabaseAsync(db =>
            db.Invitations.AnyAsync(i => i.Id == ended[0] || i.Id == ended[1], Ct)), Ct);

        foreach (var (admin, index) in new[] { (first, 0), (second, 1) })
        {
            var invitations = await (await admin.Client.GetAsync("/api/v1/identity/invitations", Ct))
                .ShouldBeAsync<PagedList<InvitationDto>>(HttpStatusCode.OK);
            invitations.Items.Select(i => i.Id).Should().Equal(kept[index]);
            var trail = await (await admin.Client.GetAsync("/api/v1/platform/audit-entries?action=PurgeEndedInvitations", Ct))
                .ShouldBeAsync<PagedList<SystemAuditBody>>(HttpStatusCode.OK);
            trail.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new
            {
                SystemName = "PurgeEndedInvitations",
                UserEmail = (string?)null,
                OrganizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct),
                Outcome = "Succeeded",
            });
        }
    }

    [Fact]
    public async Task ForEachOrganization_SeesOnlyThatOrganizationsRows()
    {
        var first = await Api.RegisterAsync(Ct);
        var second = await Api.RegisterAsync(Ct);
        await ApiFactory.CreateApiKeyAsync(first, "First's", ["Read"], Ct);
        await ApiFactory.CreateApiKeyAsync(second, "Second's", ["Read"], Ct);
        var organizations = new[] { await Api.OrganizationIdOfAsync(first.Email, Ct), await Api.OrganizationIdOfAsync(second.Email, Ct) };
        var seen = new Dictionary<Guid, List<Guid>>();

        await Api.Services.GetRequiredService<SystemWork>().ForEachOrganizationAsync("Inspection", organizations,
            async (services, ct) =>
            {
                var caller = services.GetRequiredService<CleanPlatform.Application.Common.Interfaces.ICurrentUser>();
                seen[caller.OrganizationId!.Value] = await services.GetRequiredService<AppDbContext>().ApiKeys
                    .Select(k => k.OrganizationId).Distinct().ToListAsync(ct);
            }, Ct);

        seen.Should().BeEquivalentTo(organizations.ToDictionary(o => o, o => new List<Guid> { o }));
    }

    [Fact]
    public async Task ForEachOrganization_OneFails_TheOthersStillRunAndTheFailureIsRaised()
    {
        var organizations = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        var ran = new List<Guid>();

        var act = () => Api.Services.GetRequiredService<SystemWork>().ForEachOrganizationAsync("Flaky", organizations,
            (services, _) =>
            {
                var organizationId = services.GetRequiredService<CleanPlatform.Application.Common.Interfaces.ICurrentUser>()
                    .OrganizationId!.Value;
                ran.Add(organizationId);
                return organizationId == organizations[0]
                    ? throw new InvalidOperationException("first one breaks")
                    : Task.CompletedTask;
            }, Ct);

        (await act.Should().ThrowAsync<AggregateException>()).Which.InnerExceptions.Should().ContainSingle()
            .Which.Message.Should().Be("first one breaks");
        ran.Should().Equal(organizations);
    }

    private static async Task<Guid> InviteAsync(Caller admin, string email) =>
        (await (await admin.Client.PostJsonAsync("/api/v1/identity/invitations", new { email, role = Roles.Member }, Ct))
            .ShouldBeAsync<CreatedInvitationDto>(HttpStatusCode.Created)).Invitation.Id;

    public sealed record SystemAuditBody(string? SystemName, string? UserEmail, Guid OrganizationId, string Outcome);
}

[Collection(PostgresApi.Name)]
public sealed class BackgroundWorkPostgresTests(PostgresApiFactory api) : BackgroundWorkTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BackgroundWorkSqliteTests(SqliteApiFactory api) : BackgroundWorkTests<SqliteApiFactory>(api);
