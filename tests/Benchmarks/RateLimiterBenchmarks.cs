using System.Security.Claims;
using System.Threading.RateLimiting;
using BenchmarkDotNet.Attributes;
using CleanPlatform.Api.Infrastructure.RateLimiting;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Identity.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// What the per-plan limiter costs on every API request (partition lookup from claims, acquire, and the
/// status read for the RateLimit-* headers) against a bare fixed-window limiter, measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class RateLimiterBenchmarks : IDisposable
{
    private FixedWindowRateLimiter _bare = null!;
    private PlanRateLimiter _plan = null!;
    private DefaultHttpContext _context = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new FixedWindowRateLimiterOptions
        {
            PermitLimit = int.MaxValue,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        _bare = new FixedWindowRateLimiter(options);

        _services = new ServiceCollection()
            .Configure<PlanOptions>("Free", o => o.RequestsPerMinute = int.MaxValue)
            .BuildServiceProvider();
        _plan = new PlanRateLimiter(_services.GetRequiredService<IOptionsMonitor<PlanOptions>>(),
            new ConfigurationBuilder().Build(), TimeProvider.System);

        _context = new DefaultHttpContext();
        _context.Request.Path = "/api/v1/identity/me";
        _context.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(PlatformClaims.UserId, Guid.NewGuid().ToString()), new Claim(PlatformClaims.Plan, "Free")],
            "Bearer"));
    }

    [Benchmark(Baseline = true)]
    public bool BareFixedWindow()
    {
        using var lease = _bare.AttemptAcquire();
        return lease.IsAcquired;
    }

    [Benchmark]
    public bool PlanLimiterWithHeaders()
    {
        _context.Items.Clear(); // every request works out its partition afresh
        using var lease = _plan.Limiter.AttemptAcquire(_context);
        return lease.IsAcquired && _plan.StatusOf(_context) is not null;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _bare.Dispose();
        _plan.Dispose();
        _services.Dispose();
        GC.SuppressFinalize(this);
    }
}
