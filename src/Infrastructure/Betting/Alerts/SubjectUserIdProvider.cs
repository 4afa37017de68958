using Microsoft.AspNetCore.SignalR;

namespace CleanPlatform.Infrastructure.Betting.Alerts;

/// <summary>A hub connection's user is the token's subject (<see cref="PlatformClaims.UserId"/>).</summary>
internal sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) =>
        connection.User.FindFirst(PlatformClaims.UserId)?.Value;
}
