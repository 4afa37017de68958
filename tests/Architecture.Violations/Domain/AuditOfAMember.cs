using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Domain.Platform;

/// <summary>Breaks module isolation: Platform holds one of Identity's types that is no contract.</summary>
public sealed class AuditOfAMember(MemberWithPublicSetter member)
{
    /// <summary>Identity's internals, reached from Platform.</summary>
    public string MemberName => member.Name;
}
