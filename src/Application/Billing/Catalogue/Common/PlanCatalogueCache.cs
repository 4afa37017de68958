using CleanPlatform.Domain.Billing.Catalogue;

namespace CleanPlatform.Application.Billing.Catalogue.Common;

/// <summary>
/// The plans and their current prices, kept in memory for <see cref="Lifetime"/>: the public catalogue is read on every
/// visit to the pricing page and changes only when a price is published. A publication on this node clears it once its
/// transaction has ended; other nodes show it within <see cref="Lifetime"/>. A load that overlaps a clearing is not
/// kept, so a read of the old rows cannot outlive the change.
/// </summary>
public sealed class PlanCatalogueCache(TimeProvider time)
{
    /// <summary>How long another node may show the catalogue as it was before a publication.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private Entry? _entry;
    private long _generation;

    public async ValueTask<CachedCatalogue> GetAsync(Func<CancellationToken, Task<CachedCatalogue>> load,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = time.GetUtcNow();
        if (Volatile.Read(ref _entry) is { } hit && now - hit.LoadedAt < Lifetime)
            return hit.Catalogue;

        var generation = Interlocked.Read(ref _generation);
        var catalogue = await load(ct);
        if (Interlocked.Read(ref _generation) == generation)
            Volatile.Write(ref _entry, new Entry(catalogue, now));
        return catalogue;
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _entry, null);
    }

    private sealed record Entry(CachedCatalogue Catalogue, DateTimeOffset LoadedAt);
}

/// <summary>The plans in order and every current price, read without tracking: shared, never changed.</summary>
public sealed record CachedCatalogue(IReadOnlyList<BillingPlan> Plans, IReadOnlyList<PlanPrice> CurrentPrices);
