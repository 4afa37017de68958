namespace CleanPlatform.Api.FunctionalTests.Platform;

public abstract class IdempotencyTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Url = "/api/v1/tests/idempotent-api-keys";

    [Fact]
    public async Task Post_SameKeyAndBodyTwice_ReplaysFirstResponseAndCreatesOneRecord()
    {
        var user = await Api.RegisterAsync(Ct);

        var first = await SendAsync(user, "key-1", "Ledger", Ct);
        var second = await SendAsync(user, "key-1", "Ledger", Ct);

        var firstBody = await first.Content.ReadAsStringAsync(Ct);
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.Created);
        (await second.Content.ReadAsStringAsync(Ct)).Should().Be(firstBody);
        second.Headers.GetValues("Idempotency-Replayed").Should().Equal("true");
        second.Headers.Location.Should().NotBeNull().And.Be(first.Headers.Location);
        (await CountKeysAsync(user)).Should().Be(1);
    }

    [Fact]
    public async Task Post_SameKeyOtherBody_Returns409AndCreatesNothingMore()
    {
        var user = await Api.RegisterAsync(Ct);
        await SendAsync(user, "key-2", "Ledger", Ct);

        var response = await SendAsync(user, "key-2", "Another name", Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "idempotency.key_reused");
        (await CountKeysAsync(user)).Should().Be(1);
    }

    [Fact]
    public async Task Post_ConcurrentDuplicates_CreateOneRecord()
    {
        var user = await Api.RegisterAsync(Ct);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SendAsync(user, "key-3", "Ledger", Ct)));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.Conflict);
        responses.Should().Contain(r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Where(r => r.StatusCode == HttpStatusCode.Created)
            .Select(async r => (await r.Content.ReadFromJsonAsync<ApiKeyDto>(HttpAssertions.Json, Ct))!.Id));
        ids.Distinct().Should().ContainSingle();
        (await CountKeysAsync(user)).Should().Be(1);
    }

    [Fact]
    public async Task Post_DifferentKeys_CreateTwoRecords()
    {
        var user = await Api.RegisterAsync(Ct);

        await SendAsync(user, "key-a", "Ledger", Ct);
        await SendAsync(user, "key-b", "Ledger", Ct);

        (await CountKeysAsync(user)).Should().Be(2);
    }

    [Fact]
    public async Task Post_InvalidFirstAttempt_IsNotKeptSoACorrectedRetryRuns()
    {
        var user = await Api.RegisterAsync(Ct);
        var invalid = await SendAsync(user, "key-4", "", Ct);

        var corrected = await SendAsync(user, "key-4", "Ledger", Ct);

        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        corrected.StatusCode.Should().Be(HttpStatusCode.Created);
        (await CountKeysAsync(user)).Should().Be(1);
    }

    [Fact]
    public async Task Post_KeyOfAFirstRequestThatDiedPending_IsReclaimedAfterTheLease()
    {
        var user = await Api.RegisterAsync(Ct);
        var userId = await Api.UserIdOfAsync(user.Email, Ct);
        await Api.InDatabaseAsync(async db =>
        {
            db.IdempotencyRecords.Add(Domain.Platform.IdempotencyRecord.Begin($"user:{userId}", "key-6", "not-this-request",
                Api.Time.GetUtcNow() - TimeSpan.FromMinutes(5)));
            return await db.SaveChangesAsync(Ct);
        });

        var response = await SendAsync(user, "key-6", "Ledger", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await CountKeysAsync(user)).Should().Be(1);
    }

    [Fact]
    public async Task Post_RetryWhileTheFirstStillRuns_Gets409InProgressAndNeverRunsTwice()
    {
        var user = await Api.RegisterAsync(Ct);
        var first = SendAsync(user, "key-7", "Slow", Ct, $"{Url}/slow");
        (await ProbeController.SlowEntered.WaitAsync(TimeSpan.FromSeconds(20), Ct)).Should().BeTrue();

        var retry = await SendAsync(user, "key-7", "Slow", Ct, $"{Url}/slow");
        ProbeController.SlowGate.Release();
        var firstResponse = await first;
        var afterwards = await SendAsync(user, "key-7", "Slow", Ct, $"{Url}/slow");

        await retry.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "idempotency.in_progress");
        firstResponse.StatusCode.Should().Be(HttpStatusCode.Created);
        afterwards.StatusCode.Should().Be(HttpStatusCode.Created);
        afterwards.Headers.GetValues("Idempotency-Replayed").Should().Equal("true");
        (await CountKeysAsync(user)).Should().Be(1);
    }

    [Fact]
    public async Task Post_FirstRequestDiesBeforeTheCommit_LeavesNothingAndARetryRunsOnce()
    {
        var user = await Api.RegisterAsync(Ct);

        var crashed = await SendAsync(user, "key-8", "Doomed", Ct, $"{Url}/crashing");
        var keysAfterCrash = await CountKeysAsync(user);
        var recordsAfterCrash = await Api.InDatabaseAsync(db => db.IdempotencyRecords.CountAsync(r => r.Key == "key-8", Ct));
        var retry = await SendAsync(user, "key-8", "Doomed", Ct);

        crashed.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        keysAfterCrash.Should().Be(0, "the key the first request created was rolled back with it");
        recordsAfterCrash.Should().Be(0, "a crash before the commit leaves no claim behind");
        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        (await CountKeysAsync(user)).Should().Be(1);
    }

    [Fact]
    public async Task PurgeJob_ExpiredRecords_AreDeletedOnce()
    {
        var user = await Api.RegisterAsync(Ct);
        await SendAsync(user, "key-5", "Ledger", Ct);
        Api.Time.Advance(TimeSpan.FromHours(25));

        var purged = await Api.SendAsync(new Application.Platform.PurgeIdempotencyRecords.PurgeIdempotencyRecords());
        var again = await Api.SendAsync(new Application.Platform.PurgeIdempotencyRecords.PurgeIdempotencyRecords());

        purged.Should().BeGreaterThanOrEqualTo(1);
        again.Should().Be(0);
    }

    private static async Task<HttpResponseMessage> SendAsync(Caller user, string key, string name, CancellationToken ct,
        string url = Url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new { name, scopes = new[] { "Read" } }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await user.Client.SendAsync(request, ct);
    }

    private Task<int> CountKeysAsync(Caller user) =>
        Api.InDatabaseAsync(async db =>
        {
            var organizationId = await Api.OrganizationIdOfAsync(user.Email, Ct);
            return await db.ApiKeys.CountAsync(k => k.OrganizationId == organizationId, Ct);
        });
}

[Collection(PostgresApi.Name)]
public sealed class IdempotencyPostgresTests(PostgresApiFactory api) : IdempotencyTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class IdempotencySqliteTests(SqliteApiFactory api) : IdempotencyTests<SqliteApiFactory>(api);
