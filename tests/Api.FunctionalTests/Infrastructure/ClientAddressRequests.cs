using System.Text;
using Microsoft.AspNetCore.Http;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>Requests sent as if from a given client address (the test server's connection has none of its own).</summary>
public static class ClientAddressRequests
{
    /// <summary>Sends a request from <paramref name="address"/>; returns the server's context and the body as text.</summary>
    public static async Task<(HttpContext Context, string Body)> SendFromAsync(this ApiFactory api, string address,
        string method, string path, CancellationToken ct, string? json = null, string? forwardedFor = null,
        string? apiKey = null)
    {
        var response = new MemoryStream();
        var context = await api.Server.SendAsync(c =>
        {
            c.Request.Method = method;
            c.Request.Path = path;
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
            c.Response.Body = response;
            if (json is not null)
            {
                c.Request.ContentType = "application/json";
                c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
            }

            if (forwardedFor is not null)
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (apiKey is not null)
                c.Request.Headers["X-Api-Key"] = apiKey;
        }, ct);
        return (context, Encoding.UTF8.GetString(response.ToArray()).Trim('"'));
    }
}
