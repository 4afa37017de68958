namespace CleanPlatform.Api.FunctionalTests.Identity;

public abstract class ApiKeyTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task CreateApiKey_Valid_Returns201WithSecretThatAuthenticates()
    {
        var user = await Api.RegisterAsync(Ct);

        var created = await ApiFactory.CreateApiKeyAsync(user, "Importer", ["Read"], Ct);
        using var integrator = Api.ApiKeyClient(created.Secret);
        var me = await integrator.GetAsync("/api/v1/identity/me", Ct);

        (await me.ShouldBeAsync<AuthenticationTests<TFactory>.MeBody>(HttpStatusCode.OK)).Email.Should().Be(user.Email);
        await Api.FlushAsync(Ct);
        var stored = await Api.InDatabaseAsync(db => db.ApiKeys.SingleAsync(k => k.Id == created.ApiKey.Id, Ct));
        stored.SecretHash.Should().NotContain(created.Secret).And.HaveLength(64);
        stored.LastUsedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task ListApiKeys_AfterCreate_ShowsPrefixButNoPartOfTheSecretOrItsHash()
    {
        var user = await Api.RegisterAsync(Ct);
        var created = await ApiFactory.CreateApiKeyAsync(user, "Reporting", ["Read", "Write"], Ct);
        var hash = await Api.InDatabaseAsync(db => db.ApiKeys.Where(k => k.Id == created.ApiKey.Id).Select(k => k.SecretHash).SingleAsync(Ct));

        var response = await user.Client.GetAsync("/api/v1/identity/api-keys", Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        var page = await response.ShouldBeAsync<PagedList<ApiKeyDto>>(HttpStatusCode.OK);
        page.Items.Should().ContainSingle().Which.Prefix.Should().Be(created.ApiKey.Prefix);
        var publicPart = $"cp_{created.ApiKey.Prefix}_";
        created.Secret.Should().StartWith(publicPart);
        Leaks(body, created.Secret[publicPart.Length..], SecretFragmentLength, StringComparison.Ordinal)
            .Should().BeEmpty("the list shows the prefix only, never the secret behind it: {0}", body);
        Leaks(body, hash, HashFragmentLength, StringComparison.OrdinalIgnoreCase)
            .Concat(Leaks(body, Convert.ToBase64String(Convert.FromHexString(hash)), HashFragmentLength, StringComparison.Ordinal))
            .Should().BeEmpty("the list never shows the stored hash, as hex or as bytes: {0}", body);
    }

    [Fact]
    public async Task ReadOnlyKey_PostRequest_Returns403Problem()
    {
        var user = await Api.RegisterAsync(Ct);
        var created = await ApiFactory.CreateApiKeyAsync(user, "Reader", ["Read"], Ct);
        using var integrator = Api.ApiKeyClient(created.Secret);

        var response = await integrator.PostJsonAsync("/api/v1/identity/api-keys", new { name = "Sneaky", scopes = new[] { "Write" } }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RevokeApiKey_ThenUseIt_Returns401()
    {
        var user = await Api.RegisterAsync(Ct);
        var created = await ApiFactory.CreateApiKeyAsync(user, "Temp", ["Read"], Ct);

        var revoke = await user.Client.DeleteAsync($"/api/v1/identity/api-keys/{created.ApiKey.Id}", Ct);
        using var integrator = Api.ApiKeyClient(created.Secret);
        var me = await integrator.GetAsync("/api/v1/identity/me", Ct);

        revoke.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await me.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RevokeApiKey_Twice_Returns422WithRuleCode()
    {
        var user = await Api.RegisterAsync(Ct);
        var created = await ApiFactory.CreateApiKeyAsync(user, "Temp", ["Read"], Ct);
        await user.Client.DeleteAsync($"/api/v1/identity/api-keys/{created.ApiKey.Id}", Ct);

        var again = await user.Client.DeleteAsync($"/api/v1/identity/api-keys/{created.ApiKey.Id}", Ct);

        await again.ShouldBeProblemWithCodeAsync(HttpStatusCode.UnprocessableEntity, "api_key.already_revoked");
    }

    [Fact]
    public async Task UnknownApiKey_Returns401()
    {
        using var integrator = Api.ApiKeyClient("cp_aaaaaaaaaaaa_not-a-real-secret-at-all");

        var response = await integrator.GetAsync("/api/v1/identity/me", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    // Long enough that a random secret or hash shares no fragment with the rest of the body by chance,
    // short enough to catch a few characters of either shown as a hint.
    private const int SecretFragmentLength = 6;
    private const int HashFragmentLength = 8;

    /// <summary>Every <paramref name="length"/>-character piece of <paramref name="secret"/> that appears in <paramref name="body"/>.</summary>
    private static IEnumerable<string> Leaks(string body, string secret, int length, StringComparison comparison) =>
        Enumerable.Range(0, secret.Length - length + 1).Select(i => secret.Substring(i, length))
            .Where(fragment => body.Contains(fragment, comparison)).Distinct();
}

[Collection(PostgresApi.Name)]
public sealed class ApiKeyPostgresTests(PostgresApiFactory api) : ApiKeyTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class ApiKeySqliteTests(SqliteApiFactory api) : ApiKeyTests<SqliteApiFactory>(api);
