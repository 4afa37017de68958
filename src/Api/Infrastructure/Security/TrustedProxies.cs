using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CleanPlatform.Api.Infrastructure.Security;

/// <summary>
/// The client's address is the connection's, unless the connection comes from a proxy listed in
/// <c>Network:TrustedProxies</c> (addresses or CIDR ranges): only then is <c>X-Forwarded-For</c> believed.
/// Without the list the header is ignored, so nobody picks their own rate-limit bucket.
/// </summary>
internal static class TrustedProxies
{
    private const string Section = "Network:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(Section).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (System.Net.IPNetwork.TryParse(proxy, out var network))
                    o.KnownIPNetworks.Add(network);
                else if (IPAddress.TryParse(proxy, out var address))
                    o.KnownProxies.Add(address);
                else
                    throw new InvalidOperationException($"{Section} has '{proxy}', which is neither an address nor a CIDR range.");
            }
        });
        return services;
    }

    public static void UseTrustedProxies(this WebApplication app)
    {
        if (app.Configuration.GetSection(Section).Get<string[]>() is { Length: > 0 })
            app.UseForwardedHeaders();
    }
}
