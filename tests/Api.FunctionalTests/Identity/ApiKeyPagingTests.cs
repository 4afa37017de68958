namespace CleanPlatform.Api.FunctionalTests.Identity;

/// <summary>A page and its total come from one query; a page past the end still knows the total.</summary>
public abstract class ApiKeyPagingTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task ListApiKeys_Pages_SplitTheKeysNewestFirstWithTheTotalOnEach()
    {
        var user = await Api.RegisterAsync(Ct);
        foreach (var name in new[] { "First", "Second", "Third" })
        {
            await ApiFactory.CreateApiKeyAsync(user, name, ["Read"], Ct);
            Api.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await PageAsync(user, 1);
        var second = await PageAsync(user, 2);

        first.Items.Select(k => k.Name).Should().Equal("Third", "Second");
        second.Items.Select(k => k.Name).Should().Equal("First");
        new[] { first.TotalCount, second.TotalCount }.Should().Equal(3, 3);
        first.Items.Should().AllSatisfy(k => k.OwnerEmail.Should().Be(user.Email));
    }

    [Fact]
    public async Task ListApiKeys_PagePastTheEnd_IsEmptyWithTheTotal()
    {
        var user = await Api.RegisterAsync(Ct);
        await ApiFactory.CreateApiKeyAsync(user, "Only", ["Read"], Ct);

        var page = await PageAsync(user, 5);

        page.Items.Should().BeEmpty();
        page.TotalCount.Should().Be(1);
    }

    private static async Task<PagedList<ApiKeyDto>> PageAsync(Caller user, int page) =>
        await (await user.Client.GetAsync($"/api/v1/identity/api-keys?page={page}&pageSize=2", Ct))
            .ShouldBeAsync<PagedList<ApiKeyDto>>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class ApiKeyPagingPostgresTests(PostgresApiFactory api) : ApiKeyPagingTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class ApiKeyPagingSqliteTests(SqliteApiFactory api) : ApiKeyPagingTests<SqliteApiFactory>(api);
