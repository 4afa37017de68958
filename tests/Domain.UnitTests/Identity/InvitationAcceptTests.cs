using CleanPlatform.Domain.Identity.Events;

namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class InvitationAcceptTests
{
    private static readonly DateTimeOffset Issued = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Accept_Pending_RaisesInvitationAcceptedForTheOrganization()
    {
        var organizationId = Guid.NewGuid();
        var inviter = Guid.NewGuid();
        var invitation = Invitation.Issue(organizationId, "ana@example.com", Roles.Advisor, "hash", inviter, Issued);

        invitation.Accept("ANA@example.com", Issued.AddDays(1));

        invitation.DomainEvents.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new InvitationAccepted(invitation.Id, organizationId, "ana@example.com", Roles.Advisor, inviter));
    }

    [Fact]
    public void Accept_Expired_ThrowsAndRaisesNothing()
    {
        var invitation = Invitation.Issue(Guid.NewGuid(), "ana@example.com", Roles.Member, "hash", Guid.NewGuid(), Issued);

        var act = () => invitation.Accept("ana@example.com", Issued + Invitation.Lifetime);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("invitation.not_pending");
        invitation.DomainEvents.Should().BeEmpty();
    }
}
