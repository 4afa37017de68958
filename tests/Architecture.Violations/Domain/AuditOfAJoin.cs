using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Domain.Platform;

/// <summary>Keeps module isolation: Platform uses Identity's domain event, a published contract.</summary>
public sealed class AuditOfAJoin(MemberJoined joined)
{
    /// <summary>Read from the event only.</summary>
    public Guid MemberId => joined.MemberId;
}
