using CleanPlatform.Application.Identity.GetUsage;

namespace CleanPlatform.Api.FunctionalTests.Platform;

public abstract class RateLimitTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task AnyEndpoint_OverThePlansPerMinuteLimit_Returns429WithRetryAfterAndRateLimitHeaders()
    {
        var user = await Api.RegisterAsync(Ct);
        for (var i = 0; i < ApiFactory.FreeRequestsPerMinute; i++)
            (await user.Client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await user.Client.GetAsync("/api/v1/identity/me", Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeInRange(1, 60);
        response.Headers.GetValues("RateLimit-Limit").Should().Equal(ApiFactory.FreeRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.GetValues("RateLimit-Remaining").Should().Equal("0");
        response.Headers.Contains("RateLimit-Reset").Should().BeTrue();
    }

    [Fact]
    public async Task SuccessfulRequest_CarriesRemainingAllowance()
    {
        var user = await Api.RegisterAsync(Ct);

        await user.Client.GetAsync("/api/v1/identity/me", Ct);
        var response = await user.Client.GetAsync("/api/v1/identity/me", Ct);

        response.Headers.GetValues("RateLimit-Remaining").Single().Should()
            .Be((ApiFactory.FreeRequestsPerMinute - 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task LimitedUser_DoesNotLimitAnotherUser()
    {
        var busy = await Api.RegisterAsync(Ct);
        var calm = await Api.RegisterAsync(Ct);
        for (var i = 0; i <= ApiFactory.FreeRequestsPerMinute; i++)
            await busy.Client.GetAsync("/api/v1/identity/me", Ct);

        var response = await calm.Client.GetAsync("/api/v1/identity/me", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ApiKey_HasAWindowOfItsOwnApartFromItsUser()
    {
        var user = await Api.RegisterAsync(Ct);
        var key = await ApiFactory.CreateApiKeyAsync(user, "Own window", ["Read"], Ct);
        for (var i = 0; i <= ApiFactory.FreeRequestsPerMinute; i++)
            await user.Client.GetAsync("/api/v1/identity/me", Ct);
        using var integrator = Api.ApiKeyClient(key.Secret);

        var response = await integrator.GetAsync("/api/v1/identity/me", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await user.Client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Usage_AfterRequests_CountsThemAgainstTheQuota()
    {
        var user = await Api.RegisterAsync(Ct);
        await user.Client.GetAsync("/api/v1/identity/me", Ct);
        await user.Client.GetAsync("/api/v1/identity/me", Ct);

        var usage = await (await user.Client.GetAsync("/api/v1/identity/usage", Ct)).ShouldBeAsync<UsageDto>(HttpStatusCode.OK);

        usage.Used.Should().Be(3, "two calls to /me and this one");
        usage.Plan.Should().Be("Free");
        usage.Remaining.Should().Be(usage.MonthlyQuota - 3);
        usage.PeriodStart.Day.Should().Be(1);
    }

    [Fact]
    public async Task AuthenticatedReads_CountedInMemory_AreWrittenOnlyByTheFlush()
    {
        var user = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(user.Email, Ct);
        var meter = Api.Services.GetRequiredService<IUsageMeter>();
        await meter.FlushAsync(Ct);
        var before = await WrittenUsageAsync(organizationId);

        for (var i = 0; i < 5; i++)
            (await user.Client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var unflushed = await WrittenUsageAsync(organizationId);
        await meter.FlushAsync(Ct);

        unflushed.Should().Be(before, "a read must not write");
        (await WrittenUsageAsync(organizationId)).Should().Be(before + 5);
    }

    [Fact]
    public async Task MonthlyQuota_Exhausted_Returns429UntilTheMonthEnds()
    {
        var user = await Api.RegisterAsync(Ct);
        await Api.MoveToPlanAsync(user.Email, ApiFactory.ProPlan, Ct);
        var pro = await Api.LoginAsync(user.Email, Ct);
        for (var i = 0; i < ApiFactory.ProMonthlyQuota; i++)
            (await pro.Client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await pro.Client.GetAsync("/api/v1/identity/me", Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.TooManyRequests, "quota_exhausted");
        var retryAfter = long.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var monthEnd = new DateTimeOffset(Api.Time.GetUtcNow().Year, Api.Time.GetUtcNow().Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
        retryAfter.Should().BeCloseTo((long)(monthEnd - Api.Time.GetUtcNow()).TotalSeconds, 5);
    }

    private Task<long> WrittenUsageAsync(Guid organizationId) =>
        Api.InDatabaseAsync(db => db.UsageCounters.Where(c => c.OrganizationId == organizationId).Select(c => c.Requests).SumAsync(Ct));
}

[Collection(PostgresApi.Name)]
public sealed class RateLimitPostgresTests(PostgresApiFactory api) : RateLimitTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class RateLimitSqliteTests(SqliteApiFactory api) : RateLimitTests<SqliteApiFactory>(api);
