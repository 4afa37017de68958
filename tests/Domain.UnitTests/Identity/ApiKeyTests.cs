namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);

    private static ApiKey IssueKey(ApiKeyScopes scopes = ApiKeyScopes.Read, string name = "CI pipeline") =>
        ApiKey.Issue(Guid.NewGuid(), Guid.NewGuid(), name, "cpk_abcdefgh", "hash-of-secret", scopes, Now);

    [Fact]
    public void Issue_NoScope_ThrowsDomainExceptionWithNoScopeCode()
    {
        var act = () => IssueKey(ApiKeyScopes.None);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("api_key.no_scope");
    }

    [Fact]
    public void Issue_ValidInput_CreatesActiveKeyStampedAtNow()
    {
        var key = IssueKey();

        key.IsActive.Should().BeTrue();
        key.CreatedAt.Should().Be(Now);
        key.Id.Should().NotBeEmpty();
    }

    [Fact]
    public void Issue_NameWithSurroundingSpaces_StoresTrimmedName()
    {
        var key = IssueKey(name: "  Reporting  ");

        key.Name.Should().Be("Reporting");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Issue_BlankName_ThrowsArgumentException(string name)
    {
        var act = () => IssueKey(name: name);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Revoke_ActiveKey_SetsRevokedAtAndDeactivates()
    {
        var key = IssueKey();

        key.Revoke(Now.AddDays(1));

        key.RevokedAt.Should().Be(Now.AddDays(1));
        key.IsActive.Should().BeFalse();
    }

    [Fact]
    public void Revoke_AlreadyRevoked_ThrowsDomainExceptionWithAlreadyRevokedCode()
    {
        var key = IssueKey();
        key.Revoke(Now);

        var act = () => key.Revoke(Now.AddMinutes(1));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("api_key.already_revoked");
    }

    [Fact]
    public void Revoke_AlreadyRevoked_KeepsFirstRevocationTime()
    {
        var key = IssueKey();
        key.Revoke(Now);

        var act = () => key.Revoke(Now.AddMinutes(1));

        act.Should().Throw<DomainException>();
        key.RevokedAt.Should().Be(Now);
    }

    [Theory]
    [InlineData(ApiKeyScopes.Read, true, true)]
    [InlineData(ApiKeyScopes.Read, false, false)]
    [InlineData(ApiKeyScopes.Write, true, true)]
    [InlineData(ApiKeyScopes.Write, false, true)]
    [InlineData(ApiKeyScopes.Read | ApiKeyScopes.Write, true, true)]
    [InlineData(ApiKeyScopes.Read | ApiKeyScopes.Write, false, true)]
    public void Allows_ScopeAndMethod_MatchesScopeRules(ApiKeyScopes scopes, bool isSafeMethod, bool expected)
    {
        var allowed = ApiKey.Allows(scopes, isSafeMethod);

        allowed.Should().Be(expected);
    }

    [Fact]
    public void Issue_ExpiryNotInFuture_ThrowsDomainException()
    {
        var act = () => ApiKey.Issue(Guid.NewGuid(), Guid.NewGuid(), "ci", "cpk_abcdefgh", "hash", ApiKeyScopes.Read, Now, Now);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("api_key.expiry_in_past");
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void IsUsableAt_AroundExpiry_StopsAtExpiry(int secondsFromExpiry, bool expected)
    {
        var expiresAt = Now.AddDays(30);
        var key = ApiKey.Issue(Guid.NewGuid(), Guid.NewGuid(), "ci", "cpk_abcdefgh", "hash", ApiKeyScopes.Read, Now, expiresAt);

        var usable = key.IsUsableAt(expiresAt.AddSeconds(secondsFromExpiry));

        usable.Should().Be(expected);
    }

    [Fact]
    public void IsUsableAt_Revoked_IsFalse()
    {
        var key = IssueKey(ApiKeyScopes.Read);
        key.Revoke(Now);

        key.IsUsableAt(Now).Should().BeFalse();
    }
}
