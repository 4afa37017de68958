using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CleanPlatform.Api.Infrastructure.Auth;

/// <summary>
/// Browsers cannot set a header on a WebSocket or server-sent-events request, so SignalR sends the access token as the
/// <c>access_token</c> query parameter. It is read there for the hubs' paths only; every other path takes the token
/// from the <c>Authorization</c> header alone, so a token never has to travel in a URL elsewhere.
/// </summary>
internal static class HubTokens
{
    /// <summary>Where the hubs are mapped.</summary>
    public const string HubsPath = "/hubs";

    public static Task OnMessageReceived(MessageReceivedContext context)
    {
        if (context.HttpContext.Request.Path.StartsWithSegments(HubsPath)
            && context.Request.Query["access_token"] is [{ Length: > 0 } token])
            context.Token = token;
        return Task.CompletedTask;
    }
}
