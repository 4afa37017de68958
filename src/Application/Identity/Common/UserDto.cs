using CleanPlatform.Application.Common.Models;

namespace CleanPlatform.Application.Identity.Common;

public sealed record UserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles,
    Guid OrganizationId, string OrganizationName, bool IsLockedOut, DateTimeOffset CreatedAt) : IHasId;
