using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Platform.ListAuditEntries;

/// <summary>One audit entry. When no user acted, <c>SystemName</c> names the background work that did.</summary>
public sealed record AuditEntryDto(Guid Id, DateTimeOffset OccurredAt, Guid? UserId, string? UserEmail,
    string? SystemName, Guid OrganizationId, string Action, string? EntityType, string? EntityId, AuditOutcome Outcome,
    string? Error);
