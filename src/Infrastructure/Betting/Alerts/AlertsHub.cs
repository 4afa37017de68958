using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CleanPlatform.Infrastructure.Betting.Alerts;

/// <summary>
/// Live alerts (<c>/hubs/alerts</c>): a signed-in member's connections join their user's group, and each alert is sent
/// there as <c>alert</c>. Clients only listen; with Redis configured, an alert raised on one node reaches every node.
/// </summary>
[Authorize]
public sealed class AlertsHub : Hub
{
    public const string Path = "/hubs/alerts";

    /// <summary>The client method an alert arrives on.</summary>
    public const string AlertMethod = "alert";

    public static string GroupOf(Guid userId) => $"user:{userId:N}";

    public override async Task OnConnectedAsync()
    {
        if (Context.UserIdentifier is { } id && Guid.TryParse(id, out var userId))
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(userId));
        await base.OnConnectedAsync();
    }
}
