
namespace CleanPlatform.TestSupport;

/// <summary>
/// The throwaway Redis the tests run on: the one build/test.sh started (CLEANPLATFORM_TEST_REDIS, host:port), or,
/// when a developer runs `dotnet test` alone, one this process starts with build/scripts/redis.sh (Debian's
/// redis-server must be installed) and stops on exit. Tests keep apart by their keys: each uses new organizations,
/// users and API keys.
/// </summary>
public static class RedisServer
{
    public const string EnvironmentVariable = "CLEANPLATFORM_TEST_REDIS";
    private static readonly Lazy<string> Server = new(StartOrReuse, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server as a StackExchange.Redis configuration string (what <c>Redis:Configuration</c> takes).</summary>
    public static string Configuration => Server.Value;

    /// <summary>A loopback address where nothing listens: Redis as a node sees it when Redis is down.</summary>
    public static string Unreachable() => $"127.0.0.1:{LoopbackPort.Free()}";

    private static string StartOrReuse() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? configured
            : ServerScript.StartForThisProcess("redis.sh", "redis");
}
