using CleanPlatform.Application.Platform.ListAuditEntries;
using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Api.Controllers.V1.Platform;

/// <summary>The audit trail: every state-changing command, who ran it and how it ended.</summary>
[Route("api/v{version:apiVersion}/platform/audit-entries"), Authorize]
[ProducesProblem(StatusCodes.Status403Forbidden)]
public sealed class AuditEntriesController(ISender sender) : ApiControllerBase
{
    /// <summary>Entries newest first, filtered; Admins see their organization's, the platform admin all.</summary>
    /// <remarks>Admins only. Every command is recorded, refused ones too (<c>outcome</c> Failed, with the error code).</remarks>
    /// <param name="action">Command name, e.g. <c>CreateApiKey</c>.</param>
    /// <param name="entityType">e.g. <c>ApiKey</c>, <c>User</c>.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="userId">The acting user.</param>
    /// <param name="outcome">Succeeded or Failed.</param>
    /// <param name="from">Inclusive lower bound (ISO 8601).</param>
    /// <param name="to">Exclusive upper bound (ISO 8601).</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 200.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet]
    [ProducesResponseType<PagedList<AuditEntryDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<AuditEntryDto>> ListAuditEntries(string? action, string? entityType, string? entityId,
        Guid? userId, AuditOutcome? outcome, DateTimeOffset? from, DateTimeOffset? to, int page = 1,
        int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await sender.Send(new ListAuditEntries(action, entityType, entityId, userId, outcome, from, to, page, pageSize), ct);
}
