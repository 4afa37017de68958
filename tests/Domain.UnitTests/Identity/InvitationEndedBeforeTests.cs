namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class InvitationEndedBeforeTests
{
    private static readonly DateTimeOffset Issued = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Func<Invitation, bool> EndedBeforeNovember =
        Invitation.EndedBefore(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)).Compile();

    private static Invitation Issue(DateTimeOffset at) =>
        Invitation.Issue(Guid.NewGuid(), "ana@example.com", Roles.Member, "hash", Guid.NewGuid(), at);

    [Fact]
    public void EndedBefore_ExpiredBeforeTheInstant_IsTrue() =>
        EndedBeforeNovember(Issue(Issued)).Should().BeTrue();

    [Fact]
    public void EndedBefore_ExpiresAfterTheInstant_IsFalse() =>
        EndedBeforeNovember(Issue(new DateTimeOffset(2026, 10, 28, 0, 0, 0, TimeSpan.Zero))).Should().BeFalse();

    [Fact]
    public void EndedBefore_WithdrawnBeforeTheInstant_IsTrue()
    {
        var invitation = Issue(new DateTimeOffset(2026, 10, 28, 0, 0, 0, TimeSpan.Zero));
        invitation.Revoke(new DateTimeOffset(2026, 10, 29, 0, 0, 0, TimeSpan.Zero));

        EndedBeforeNovember(invitation).Should().BeTrue();
    }

    [Fact]
    public void EndedBefore_WithdrawnAfterTheInstant_IsFalse()
    {
        var invitation = Issue(new DateTimeOffset(2026, 10, 28, 0, 0, 0, TimeSpan.Zero));
        invitation.Revoke(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero));

        EndedBeforeNovember(invitation).Should().BeFalse();
    }

    [Fact]
    public void EndedBefore_Accepted_IsFalseHoweverOld()
    {
        var invitation = Issue(Issued);
        invitation.Accept("ana@example.com", Issued.AddDays(1));

        EndedBeforeNovember(invitation).Should().BeFalse();
    }
}
