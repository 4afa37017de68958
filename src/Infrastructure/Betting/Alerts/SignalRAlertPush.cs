using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Domain.Betting.Events;
using Microsoft.AspNetCore.SignalR;

namespace CleanPlatform.Infrastructure.Betting.Alerts;

/// <summary>Sends an alert to its member's group on <see cref="AlertsHub"/>.</summary>
internal sealed class SignalRAlertPush(IHubContext<AlertsHub> hub) : IAlertPush
{
    public Task PushAsync(AlertRaised alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return hub.Clients.Group(AlertsHub.GroupOf(alert.UserId)).SendAsync(AlertsHub.AlertMethod,
            new LiveAlert(alert.AlertId, alert.Kind.ToString(), alert.Message, alert.OccurredAt), ct);
    }

    /// <summary>What the web app receives.</summary>
    internal sealed record LiveAlert(Guid Id, string Kind, string Message, DateTimeOffset OccurredAt);
}
