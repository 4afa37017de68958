using System.Globalization;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>Two API nodes on one database and one Redis: what one node learns, the other knows at once.</summary>
public sealed class SeveralNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deactivate_OnNodeA_RefusesTheStillValidTokenOnNodeBAtItsNextRequest()
    {
        var admin = await nodes.A.RegisterAsync(Ct);
        var member = await nodes.A.AddMemberAsync(admin, Roles.Member, Ct);
        using var memberOnB = nodes.B.AuthorizedClient(member.Tokens.AccessToken);
        (await memberOnB.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK,
            "node B now holds the member's access in its cache");
        var memberId = await nodes.A.UserIdOfAsync(member.Email, Ct);

        (await admin.Client.PostAsync($"/api/v1/identity/users/{memberId}/deactivate", null, Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        (await memberOnB.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PerMinuteLimit_RequestsAlternatingBetweenNodes_HoldsForBothTogether()
    {
        var user = await nodes.A.RegisterAsync(Ct);
        using var onB = nodes.B.AuthorizedClient(user.Tokens.AccessToken);
        var clients = new[] { user.Client, onB };
        var remaining = new List<string>();
        for (var i = 0; i < ApiFactory.FreeRequestsPerMinute; i++)
        {
            var response = await clients[i % 2].GetAsync("/api/v1/identity/me", Ct);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            remaining.Add(response.Headers.GetValues("RateLimit-Remaining").Single());
        }

        var onA = await user.Client.GetAsync("/api/v1/identity/me", Ct);
        var onBAgain = await onB.GetAsync("/api/v1/identity/me", Ct);

        remaining.Should().Equal(Enumerable.Range(1, ApiFactory.FreeRequestsPerMinute)
            .Select(n => (ApiFactory.FreeRequestsPerMinute - n).ToString(CultureInfo.InvariantCulture)));
        foreach (var refused in new[] { onA, onBAgain })
        {
            (await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("code").GetString()
                .Should().Be("rate_limited");
            refused.Headers.GetValues("RateLimit-Limit").Should()
                .Equal(ApiFactory.FreeRequestsPerMinute.ToString(CultureInfo.InvariantCulture));
            refused.Headers.GetValues("RateLimit-Remaining").Should().Equal("0");
            var retryAfter = refused.Headers.GetValues("Retry-After").Single();
            long.Parse(retryAfter, CultureInfo.InvariantCulture).Should().BeInRange(1, 60);
            refused.Headers.GetValues("RateLimit-Reset").Should().Equal(retryAfter);
        }
    }

    [Fact]
    public async Task MonthlyQuota_RequestsAlternatingBetweenNodes_AdmitsExactlyTheQuotaAndWritesIt()
    {
        var user = await nodes.A.RegisterAsync(Ct);
        await nodes.A.MoveToPlanAsync(user.Email, ApiFactory.ProPlan, Ct);
        var organizationId = await nodes.A.OrganizationIdOfAsync(user.Email, Ct);
        using var onB = nodes.B.AuthorizedClient(user.Tokens.AccessToken);
        var clients = new[] { user.Client, onB };
        for (var i = 0; i < ApiFactory.ProMonthlyQuota; i++)
            (await clients[i % 2].GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        var onA = await user.Client.GetAsync("/api/v1/identity/me", Ct);
        var onBAgain = await onB.GetAsync("/api/v1/identity/me", Ct);
        await nodes.A.Services.GetRequiredService<IUsageMeter>().FlushAsync(Ct);
        await nodes.B.Services.GetRequiredService<IUsageMeter>().FlushAsync(Ct);

        foreach (var refused in new[] { onA, onBAgain })
        {
            (await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("code").GetString()
                .Should().Be("quota_exhausted");
        }

        (await nodes.A.InDatabaseAsync(db => db.UsageCounters.Where(c => c.OrganizationId == organizationId).Select(c => c.Requests).SumAsync(Ct)))
            .Should().Be(ApiFactory.ProMonthlyQuota);
    }
}
