using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanPlatform.Infrastructure.Persistence.Numbers;

/// <summary>PostgreSQL and SQL Server: a decimal column, rounded to its scale before it is written or compared.</summary>
internal sealed class RoundedDecimalConverter(int precision, int scale) : ValueConverter<decimal, decimal>(
    v => FixedScale.Round(v, precision, scale), v => v);

/// <summary>SQLite: an INTEGER column holding the value times 10^scale, so it sorts, sums and compares as a number.</summary>
internal sealed class ScaledIntegerConverter(int precision, int scale) : ValueConverter<decimal, long>(
    v => FixedScale.ToScaledInteger(v, precision, scale), v => FixedScale.FromScaledInteger(v, scale));
