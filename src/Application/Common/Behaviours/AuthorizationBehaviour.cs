using System.Reflection;

namespace CleanPlatform.Application.Common.Behaviours;

public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : IMessage
{
    private static readonly AuthorizeAttribute[] Requirements =
        [.. typeof(TMessage).GetCustomAttributes<AuthorizeAttribute>()];

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (Requirements.Length == 0)
            return next(message, cancellationToken);

        // Work the platform starts itself inside one organization (a job, the command line, the demo data) acts
        // with that organization's full trust and is audited under its own name. Only server code makes such a
        // caller; no request can. It never passes for a person: credentials and the platform stay out of reach.
        var systemWork = user is { UserId: null, SystemName.Length: > 0, OrganizationId: not null };
        if (!user.IsAuthenticated() && !systemWork)
            throw new UnauthorizedException("auth.required", "Authentication is required.");

        // Every attribute must be met; inside one, any of its roles will do. Platform admins pass role checks.
        foreach (var requirement in Requirements)
        {
            if (requirement.Interactive && user.ApiKeyId is not null)
                throw new ForbiddenException("API keys cannot manage credentials: sign in to do this.");
            if (requirement.Interactive && systemWork)
                throw new ForbiddenException("Background work cannot manage credentials.");
            if (requirement.PlatformAdmin && (!user.IsPlatformAdmin || systemWork))
                throw new ForbiddenException("Only the platform administrator can do this.");
            if (requirement.Roles.Count > 0 && !user.IsPlatformAdmin && !systemWork && !requirement.Roles.Any(user.IsInRole))
                throw new ForbiddenException($"This requires the role {string.Join(" or ", requirement.Roles)}.");
        }

        return next(message, cancellationToken);
    }
}
