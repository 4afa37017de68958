namespace CleanPlatform.Application.Identity.GetMember;

/// <summary>Identity's published contract: what its query returns.</summary>
public sealed record MemberDto(Guid Id, string Name);
