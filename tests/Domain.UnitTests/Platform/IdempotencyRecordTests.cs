using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Domain.UnitTests.Platform;

public sealed class IdempotencyRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);

    private static IdempotencyRecord Begin() => IdempotencyRecord.Begin("user:1", "k-1", "hash-abc", Now);

    [Fact]
    public void Begin_NewKey_ExpiresTwentyFourHoursLater()
    {
        var record = Begin();

        record.CreatedAt.Should().Be(Now);
        record.ExpiresAt.Should().Be(Now.AddHours(24));
        IdempotencyRecord.Lifetime.Should().Be(TimeSpan.FromHours(24));
    }

    [Fact]
    public void Begin_NewKey_IsPending()
    {
        var record = Begin();

        record.IsCompleted.Should().BeFalse();
        record.StatusCode.Should().BeNull();
    }

    [Theory]
    [InlineData("", "k-1", "hash")]
    [InlineData("user:1", " ", "hash")]
    [InlineData("user:1", "k-1", "")]
    public void Begin_BlankPart_ThrowsArgumentException(string scope, string key, string requestHash)
    {
        var act = () => IdempotencyRecord.Begin(scope, key, requestHash, Now);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("hash-abc", true)]
    [InlineData("hash-ABC", false)]
    [InlineData("hash-abd", false)]
    [InlineData("", false)]
    public void Matches_RequestHash_ComparesOrdinally(string requestHash, bool expected)
    {
        var record = Begin();

        var matches = record.Matches(requestHash);

        matches.Should().Be(expected);
    }

    [Fact]
    public void Complete_Response_StoresItAndCompletes()
    {
        var record = Begin();

        record.Complete(201, "application/json", """{"id":1}""");

        record.IsCompleted.Should().BeTrue();
        record.StatusCode.Should().Be(201);
        record.ContentType.Should().Be("application/json");
        record.Body.Should().Be("""{"id":1}""");
    }

    [Fact]
    public void Complete_ResponseWithLocation_KeepsTheLocationForReplays()
    {
        var record = Begin();

        record.Complete(201, "application/json", """{"id":1}""", "/api/v1/identity/api-keys/1");

        record.Location.Should().Be("/api/v1/identity/api-keys/1");
    }
}
