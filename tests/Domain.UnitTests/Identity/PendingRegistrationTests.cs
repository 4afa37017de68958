using CleanPlatform.Domain.Identity.Events;

namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class PendingRegistrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Request_Trimmed_KeepsTheSignUpAndRaisesItsEventWithoutALinkYet()
    {
        var pending = PendingRegistration.Request(" ana@example.com ", " Ana ", "  ", null, "hash", Now);

        pending.Should().BeEquivalentTo(new
        {
            Email = "ana@example.com",
            DisplayName = "Ana",
            OrganizationName = (string?)null,
            TokenHash = (string?)null,
            ExpiresAt = Now + PendingRegistration.Lifetime,
        }, o => o.ExcludingMissingMembers());
        pending.DomainEvents.Should().ContainSingle().Which.Should().Be(new RegistrationRequested(pending.Id));
    }

    [Fact]
    public void IsOpen_AtItsExpiry_IsFalse()
    {
        var pending = PendingRegistration.Request("ana@example.com", "Ana", null, null, "hash", Now);

        pending.IsOpen(Now + PendingRegistration.Lifetime - TimeSpan.FromTicks(1)).Should().BeTrue();
        pending.IsOpen(Now + PendingRegistration.Lifetime).Should().BeFalse();
    }

    [Fact]
    public void SendLink_Again_TheNewerTokenReplacesTheFirst()
    {
        var pending = PendingRegistration.Request("ana@example.com", "Ana", null, null, "hash", Now);

        pending.SendLink("first");
        pending.SendLink("second");

        pending.TokenHash.Should().Be("second");
    }
}
