namespace CleanPlatform.Infrastructure.Persistence.Numbers;

/// <summary>
/// Precision and scale of the number columns (docs/adr/0005). Precision stays at 18 so that every value a
/// PostgreSQL or SQL Server column accepts also fits SQLite's 64-bit integer once scaled.
/// </summary>
internal static class NumberColumns
{
    /// <summary>Most digits any fixed-scale column has.</summary>
    public const int MaxPrecision = 18;

    public const int MoneyPrecision = MaxPrecision;

    /// <summary>One more decimal than any supported currency has minor units.</summary>
    public const int MoneyScale = 4;

    /// <summary>Odds and percentages: six decimals, the precision betting.md's vectors compare at.</summary>
    public const int RatioPrecision = MaxPrecision;

    public const int RatioScale = 6;
}
