using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Identity;

/// <summary>Identity's published contract: a domain event other modules may use.</summary>
/// <param name="MemberId">The member who joined.</param>
public sealed record MemberJoined(Guid MemberId) : IDomainEvent
{
    /// <summary>The member who joined (get-only: no <c>init</c>).</summary>
    public Guid MemberId { get; } = MemberId;
}
