using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Platform.ListAuditEntries;

public sealed record AuditEntryDto(Guid Id, DateTimeOffset OccurredAt, Guid? UserId, string? UserEmail,
    Guid OrganizationId, string Action, string? EntityType, string? EntityId, AuditOutcome Outcome, string? Error);
