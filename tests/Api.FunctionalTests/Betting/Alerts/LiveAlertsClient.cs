using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace CleanPlatform.Api.FunctionalTests.Betting.Alerts;

/// <summary>A browser's live connection to a test host's alerts hub: WebSockets, the token in <c>access_token</c>.</summary>
internal static class LiveAlertsClient
{
    /// <summary>Connects as the holder of <paramref name="accessToken"/>; <paramref name="received"/> gets the first alert's message.</summary>
    public static async Task<HubConnection> ConnectAsync(ApiFactory api, string accessToken, TaskCompletionSource<string> received,
        CancellationToken ct)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Server.BaseAddress, $"/hubs/alerts?access_token={accessToken}"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = (context, c) => new ValueTask<System.Net.WebSockets.WebSocket>(
                    api.Server.CreateWebSocketClient().ConnectAsync(context.Uri, c));
            })
            .Build();
        connection.On<LiveAlert>("alert", alert => received.TrySetResult(alert.Message));
        await connection.StartAsync(ct);
        return connection;
    }

    private sealed record LiveAlert(Guid Id, string Kind, string Message, DateTimeOffset OccurredAt);
}
