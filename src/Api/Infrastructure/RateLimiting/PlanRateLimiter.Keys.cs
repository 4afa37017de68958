namespace CleanPlatform.Api.Infrastructure.RateLimiting;

// Which window a request counts in: its API key, user or client address, and the size of its plan.
internal sealed partial class PlanRateLimiter
{
    // Asked for up to three times per request (acquire, headers, rejection): worked out once, after
    // authentication has set the user.
    internal (string? Key, int Limit) KeyOf(HttpContext context)
    {
        if (context.Items.TryGetValue(PartitionItem, out var cached) && cached is PartitionChoice partition)
            return (partition.Key, partition.Limit);
        var (key, limit) = ComputeKeyOf(context);
        context.Items[PartitionItem] = new PartitionChoice(key, limit);
        return (key, limit);
    }

    // The limit is part of the key, so a plan change starts a new window at the new size.
    private (string? Key, int Limit) ComputeKeyOf(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            return (null, 0);

        var user = context.User;
        var anonymousEndpoint = context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        if (!anonymousEndpoint && user.Identity?.IsAuthenticated == true)
        {
            var limit = _plans.Get(user.FindFirst(PlatformClaims.Plan)?.Value ?? "").RequestsPerMinute;
            if (limit <= 0)
                limit = AnonymousLimit;
            var keyId = user.FindFirst(PlatformClaims.ApiKeyId)?.Value;
            return keyId is not null
                ? ($"key:{keyId}:{limit}", limit)
                : ($"user:{user.FindFirst(PlatformClaims.UserId)?.Value}:{limit}", limit);
        }

        return ($"ip:{context.Connection.RemoteIpAddress}:{AnonymousLimit}", AnonymousLimit);
    }

    private int AnonymousLimit => _configuration.GetValue("RateLimiting:AnonymousRequestsPerMinute", 60);

    private sealed record PartitionChoice(string? Key, int Limit);
}
