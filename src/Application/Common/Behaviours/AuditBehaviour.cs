using System.Reflection;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Platform;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CleanPlatform.Application.Common.Behaviours;

/// <summary>
/// Records every command with its outcome. It wraps the transaction, so a failed command's entry is
/// written after the rollback and survives it.
/// </summary>
public sealed partial class AuditBehaviour<TMessage, TResponse>(
    ICurrentUser user, AuditScope scope, IAuditLog auditLog, TimeProvider time,
    ILogger<AuditBehaviour<TMessage, TResponse>> log)
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
            await WriteAsync(message, default, AuditOutcome.Failed, ErrorCode(ex), CancellationToken.None);
            throw;
        }

        try
        {
            // The command is committed: neither the caller hanging up nor a failing audit write may turn
            // its success into an error the client would retry.
            await WriteAsync(message, response, AuditOutcome.Succeeded, null, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAuditWriteFailed(log, ex, typeof(TMessage).Name);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit entry of committed command {Request}")]
    private static partial void LogAuditWriteFailed(ILogger logger, Exception exception, string request);

    private async Task WriteAsync(TMessage message, TResponse? response, AuditOutcome outcome, string? error,
        CancellationToken ct)
    {
        var entityId = scope.EntityId
            ?? (message as IHasId)?.Id.ToString()
            ?? (response as IHasId)?.Id.ToString();
        var organizationId = user.OrganizationId ?? scope.OrganizationId;
        await auditLog.WriteAsync(Entry(organizationId), ct);
        // The platform administrator acting inside a tenant: the tenant's trail shows it as well.
        if (scope.TenantOrganizationId is { } tenant && tenant != organizationId)
            await auditLog.WriteAsync(Entry(tenant), ct);

        AuditEntry Entry(Guid? organization) =>
            AuditEntry.Record(time.GetUtcNow(), organization, user.UserId ?? scope.UserId, user.Email ?? scope.Email,
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
