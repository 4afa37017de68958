namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class RefreshTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ExpiresAt = Now.AddDays(14);

    private static RefreshToken StartFamily() =>
        RefreshToken.StartFamily(Guid.NewGuid(), "hash-1", ExpiresAt, Now, sessionEndsAt: Now.AddDays(30));

    [Fact]
    public void StartFamily_NewToken_IsUsableAndUnconsumed()
    {
        var token = StartFamily();

        token.IsUsable(Now).Should().BeTrue();
        token.ConsumedAt.Should().BeNull();
        token.FamilyId.Should().NotBeEmpty();
    }

    [Fact]
    public void IsUsable_OneTickBeforeExpiry_ReturnsTrue()
    {
        var token = StartFamily();

        var usable = token.IsUsable(ExpiresAt.AddTicks(-1));

        usable.Should().BeTrue();
    }

    [Fact]
    public void IsUsable_AtExpiry_ReturnsFalse()
    {
        var token = StartFamily();

        var usable = token.IsUsable(ExpiresAt);

        usable.Should().BeFalse();
    }

    [Fact]
    public void IsUsable_AfterExpiry_ReturnsFalse()
    {
        var token = StartFamily();

        var usable = token.IsUsable(ExpiresAt.AddSeconds(1));

        usable.Should().BeFalse();
    }

    [Fact]
    public void Rotate_UsableToken_ConsumesIt()
    {
        var token = StartFamily();

        token.Rotate("hash-2", ExpiresAt.AddHours(1), Now.AddHours(1));

        token.ConsumedAt.Should().Be(Now.AddHours(1));
        token.IsUsable(Now.AddHours(1)).Should().BeFalse();
    }

    [Fact]
    public void Rotate_UsableToken_ReturnsUsableSuccessorInSameFamilyWithNewHash()
    {
        var token = StartFamily();

        var next = token.Rotate("hash-2", ExpiresAt.AddHours(1), Now.AddHours(1));

        next.FamilyId.Should().Be(token.FamilyId);
        next.UserId.Should().Be(token.UserId);
        next.TokenHash.Should().Be("hash-2");
        next.Id.Should().NotBe(token.Id);
        next.ExpiresAt.Should().Be(ExpiresAt.AddHours(1));
        next.IsUsable(Now.AddHours(1)).Should().BeTrue();
    }

    [Fact]
    public void Rotate_ConsumedToken_ThrowsDomainExceptionWithUnusableCode()
    {
        var token = StartFamily();
        token.Rotate("hash-2", ExpiresAt, Now);

        var act = () => token.Rotate("hash-3", ExpiresAt, Now.AddMinutes(1));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("refresh_token.unusable");
    }

    [Fact]
    public void Rotate_ExpiredToken_ThrowsDomainExceptionWithUnusableCode()
    {
        var token = StartFamily();

        var act = () => token.Rotate("hash-2", ExpiresAt.AddDays(14), ExpiresAt);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("refresh_token.unusable");
    }

    [Fact]
    public void Rotate_BlankNextHash_LeavesTokenUsable()
    {
        var token = StartFamily();

        var act = () => token.Rotate(" ", ExpiresAt, Now);

        act.Should().Throw<ArgumentException>();
        token.IsUsable(Now).Should().BeTrue();
    }

    [Fact]
    public void Rotate_NearTheSessionsEnd_SuccessorExpiresWithTheSession()
    {
        var sessionEndsAt = Now.AddDays(20);
        var token = RefreshToken.StartFamily(Guid.NewGuid(), "hash-1", Now.AddDays(14), Now, sessionEndsAt);

        var next = token.Rotate("hash-2", Now.AddDays(10).AddDays(14), Now.AddDays(10));

        next.ExpiresAt.Should().Be(sessionEndsAt);
        next.SessionEndsAt.Should().Be(sessionEndsAt);
    }

    [Fact]
    public void StartFamily_SessionShorterThanToken_TokenExpiresWithTheSession()
    {
        var token = RefreshToken.StartFamily(Guid.NewGuid(), "hash-1", Now.AddDays(14), Now, Now.AddDays(1));

        token.ExpiresAt.Should().Be(Now.AddDays(1));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void WasRotatedWithin_SecondsAfterRotation_IsTrueOnlyInsideTheGrace(int seconds, bool expected)
    {
        var token = StartFamily();
        token.Rotate("hash-2", ExpiresAt, Now);

        token.WasRotatedWithin(Now.AddSeconds(seconds), TimeSpan.FromSeconds(20)).Should().Be(expected);
    }

    [Fact]
    public void WasRotatedWithin_NeverRotated_IsFalse()
    {
        StartFamily().WasRotatedWithin(Now, TimeSpan.FromSeconds(20)).Should().BeFalse();
    }
}
