using CleanPlatform.Infrastructure.Usage;
using StackExchange.Redis;

namespace CleanPlatform.Infrastructure.Redis;

internal static class RedisRegistration
{
    public const string ConfigurationKey = "Redis:Configuration";

    /// <summary>
    /// With <c>Redis:Configuration</c> set, nodes share rate-limit windows, quota counts and access-cache
    /// evictions through Redis; without it nothing is registered and each node keeps them to itself.
    /// </summary>
    public static IServiceCollection AddRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[ConfigurationKey] is not { Length: > 0 } setting)
            return services;

        // Parsed now, so a malformed setting stops the start-up instead of every request.
        var options = ConfigurationOptions.Parse(setting);
        services.AddSingleton(sp => new RedisConnection(options, sp.GetRequiredService<ILogger<RedisConnection>>()));
        services.AddSingleton<ISharedRateCounter, RedisRateCounter>();
        services.AddSingleton<BufferedUsageMeter>();
        services.AddSingleton<IUsageMeter, RedisUsageMeter>();
        services.AddHostedService<AccessStateBackplane>();
        return services;
    }
}
