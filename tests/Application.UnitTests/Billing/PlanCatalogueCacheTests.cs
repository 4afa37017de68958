using CleanPlatform.Application.Billing.Catalogue.Common;
using Microsoft.Extensions.Time.Testing;

namespace CleanPlatform.Application.UnitTests.Billing;

public sealed class PlanCatalogueCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private int _loads;

    private Task<CachedCatalogue> Load(CancellationToken _)
    {
        _loads++;
        return Task.FromResult(new CachedCatalogue([], []));
    }

    [Fact]
    public async Task Get_WithinTheLifetime_LoadsOnce_ThenAgainOnceItPassed()
    {
        var cache = new PlanCatalogueCache(_time);

        await cache.GetAsync(Load, TestContext.Current.CancellationToken);
        _time.Advance(PlanCatalogueCache.Lifetime - TimeSpan.FromSeconds(1));
        await cache.GetAsync(Load, TestContext.Current.CancellationToken);
        _loads.Should().Be(1);

        _time.Advance(TimeSpan.FromSeconds(1));
        await cache.GetAsync(Load, TestContext.Current.CancellationToken);
        _loads.Should().Be(2);
    }

    [Fact]
    public async Task Clear_MakesTheNextGetLoad()
    {
        var cache = new PlanCatalogueCache(_time);
        await cache.GetAsync(Load, TestContext.Current.CancellationToken);

        cache.Clear();
        await cache.GetAsync(Load, TestContext.Current.CancellationToken);

        _loads.Should().Be(2);
    }

    [Fact]
    public async Task ALoadOverlappingAClear_IsNotKept()
    {
        var cache = new PlanCatalogueCache(_time);
        var stale = new CachedCatalogue([], []);

        var got = await cache.GetAsync(_ =>
        {
            cache.Clear(); // a publication commits while the old rows are being read
            return Task.FromResult(stale);
        }, TestContext.Current.CancellationToken);
        var next = await cache.GetAsync(Load, TestContext.Current.CancellationToken);

        got.Should().BeSameAs(stale);
        next.Should().NotBeSameAs(stale);
        _loads.Should().Be(1);
    }
}
