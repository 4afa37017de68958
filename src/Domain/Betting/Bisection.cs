namespace CleanPlatform.Domain.Betting;

/// <summary>
/// The reference root finder of betting.md §2 for a decreasing function with <c>f(lo) &gt; 0 &gt; f(hi)</c>:
/// at most 200 halvings, stopping once the bracket is narrower than 1e-12.
/// </summary>
internal static class Bisection
{
    private const int MaxHalvings = 200;
    private const double Width = 1e-12;

    public static double Root(Func<double, double> decreasing, double lo, double hi)
    {
        for (var i = 0; i < MaxHalvings && hi - lo >= Width; i++)
        {
            var mid = (lo + hi) / 2;
            if (decreasing(mid) > 0)
                lo = mid;
            else
                hi = mid;
        }
        return (lo + hi) / 2;
    }
}
