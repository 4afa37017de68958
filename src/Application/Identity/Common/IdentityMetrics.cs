using System.Diagnostics.Metrics;
using CleanPlatform.Application.Common.Metrics;

namespace CleanPlatform.Application.Identity.Common;

/// <summary>The Identity module's business counters, on the platform's meter.</summary>
public static class IdentityMetrics
{
    public static readonly Counter<long> RegistrationsRequested = PlatformMetrics.Meter.CreateCounter<long>(
        "registrations.requested", description: "Sign-ups recorded, confirmed or not.");

    public static readonly Counter<long> UsersRegistered = PlatformMetrics.Meter.CreateCounter<long>(
        "users.registered", description: "Users registered (sign-ups confirmed).");

    public static readonly Counter<long> LoginsFailed = PlatformMetrics.Meter.CreateCounter<long>(
        "logins.failed", description: "Failed log-ins, including locked-out attempts.");

    public static readonly Counter<long> ApiKeysCreated = PlatformMetrics.Meter.CreateCounter<long>(
        "api_keys.created", description: "API keys created.");
}
