using System.Reflection;
using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Common.Behaviours;

/// <summary>
/// Records every command with its outcome. It runs inside the command's transaction: a succeeded
/// command's entry commits with its changes (a commit means it is audited); a failed command's entry is
/// written once the transaction has rolled back, through a connection of its own, so it survives.
/// </summary>
public sealed class AuditBehaviour<TMessage, TResponse>(
    ICurrentUser user, AuditScope scope, IAuditLog auditLog, AfterCommit afterCommit, TimeProvider time)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : IBaseCommand
{
    private static readonly string? EntityType = typeof(TMessage).GetCustomAttribute<AuditedAttribute>()?.EntityType;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (Exception ex)
        {
            // The caller may have given up (cancelled), but the attempt still belongs in the trail.
            var failed = Entries(message, default, AuditOutcome.Failed, ErrorCode(ex));
            afterCommit.Add(() => auditLog.WriteAsync(failed, CancellationToken.None));
            throw;
        }

        await auditLog.AddAsync(Entries(message, response, AuditOutcome.Succeeded, null), cancellationToken);
        return response;
    }

    private List<AuditEntry> Entries(TMessage message, TResponse? response, AuditOutcome outcome, string? error)
    {
        var entityId = scope.EntityId
            ?? (message as IHasId)?.Id.ToString()
            ?? (response as IHasId)?.Id.ToString();
        var organizationId = user.OrganizationId ?? scope.OrganizationId;
        var entries = new List<AuditEntry> { Entry(organizationId) };
        // The platform administrator acting inside a tenant, or a system batch inside several: each tenant's trail shows
        // it as well.
        entries.AddRange(scope.TenantOrganizationIds.Where(tenant => tenant != organizationId).Select(tenant => Entry(tenant)));
        return entries;

        AuditEntry Entry(Guid? organization) =>
            AuditEntry.Record(time.GetUtcNow(), organization,
                new AuditActor(user.UserId ?? scope.UserId, user.Email ?? scope.Email, user.SystemName),
                typeof(TMessage).Name, EntityType, entityId, outcome, error);
    }

    private static string ErrorCode(Exception ex) => ex switch
    {
        DomainException d => d.Code,
        UnauthorizedException u => u.Code,
        ConflictException c => c.Code,
        ValidationException => "validation",
        ForbiddenException => "forbidden",
        NotFoundException => "not_found",
        _ => ex.GetType().Name,
    };
}
