using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class AlertTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 18, 0, 0, TimeSpan.Zero);
    private static readonly Guid Organization = Guid.CreateVersion7();
    private static readonly Guid User = Guid.CreateVersion7();

    [Fact]
    public void Create_Always_RaisesAlertRaisedWithItsMessage()
    {
        var alert = Alert.Create(Organization, User, AlertKind.Opportunity, "opportunity:1", "Edge 12 %", Now);

        alert.DomainEvents.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new AlertRaised(alert.Id, Organization, User, AlertKind.Opportunity, "Edge 12 %", Now));
        alert.RaisedAt.Should().Be(Now);
    }

    [Fact]
    public void Digest_ManySettledBets_ReleasesOneAlertWhenDue()
    {
        var digest = Alert.Digest(Organization, User, Now, Now.AddMinutes(1));
        for (var i = 0; i < 500; i++)
            digest.AddSettled(i % 2 == 0 ? BetStatus.Won : BetStatus.Lost, i % 2 == 0 ? 1m : -1m, "EUR");

        digest.ReleaseDigest(Now.AddSeconds(59));
        var early = digest.DomainEvents.Count;
        digest.ReleaseDigest(Now.AddMinutes(1));
        digest.ReleaseDigest(Now.AddMinutes(2));

        early.Should().Be(0);
        digest.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<AlertRaised>()
            .Which.Message.Should().Be("500 bets settled: 250 won, 250 lost. Net 0.00 EUR.");
    }

    [Fact]
    public void Digest_SeveralCurrencies_LeavesTheProfitOut()
    {
        var digest = Alert.Digest(Organization, User, Now, Now);
        digest.AddSettled(BetStatus.HalfWon, 5m, "EUR");
        digest.AddSettled(BetStatus.Void, 0m, "GBP");

        digest.ReleaseDigest(Now);

        digest.Message.Should().Be("2 bets settled: 1 won, 0 lost.");
    }

    [Fact]
    public void AddSettled_AfterRelease_Throws()
    {
        var digest = Alert.Digest(Organization, User, Now, Now);
        digest.AddSettled(BetStatus.Won, 1m, "EUR");
        digest.ReleaseDigest(Now);

        var add = () => digest.AddSettled(BetStatus.Won, 1m, "EUR");

        add.Should().Throw<DomainException>().Which.Code.Should().Be("alert.digest_released");
    }
}
