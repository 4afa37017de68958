using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanPlatform.Infrastructure.Persistence.Numbers;

internal static class FixedScaleDecimals
{
    /// <summary>
    /// Gives every property stored as a decimal (Money's amount, Odds, Percentage, a plain decimal) its fixed-scale
    /// converter: rounded decimals on PostgreSQL and SQL Server, scaled integers on SQLite (docs/adr/0005).
    /// A decimal without precision and scale is refused, so that no provider falls back to a default of its own.
    /// Runs after every configuration, from <c>OnModelCreating</c>.
    /// </summary>
    public static void StoreDecimalsAtFixedScale(this IMutableModel model, bool asScaledIntegers)
    {
        foreach (var entityType in model.GetEntityTypes())
            Apply(entityType, asScaledIntegers);
    }

    private static void Apply(IMutableTypeBase type, bool asScaledIntegers)
    {
        foreach (var property in type.GetDeclaredProperties())
        {
            var converter = property.GetValueConverter() ?? NumberTypeConventions.ConverterFor(property.ClrType);
            var storedType = converter?.ProviderClrType ?? property.ClrType;
            if ((Nullable.GetUnderlyingType(storedType) ?? storedType) != typeof(decimal))
                continue;

            var (precision, scale) = PrecisionAndScale(property);
            ValueConverter fixedScale = asScaledIntegers
                ? new ScaledIntegerConverter(precision, scale)
                : new RoundedDecimalConverter(precision, scale);
            property.SetValueConverter(converter is null ? fixedScale : converter.ComposeWith(fixedScale));
        }

        foreach (var complexProperty in type.GetDeclaredComplexProperties())
            Apply(complexProperty.ComplexType, asScaledIntegers);
    }

    private static (int Precision, int Scale) PrecisionAndScale(IMutableProperty property) =>
        property.GetPrecision() is { } precision and <= NumberColumns.MaxPrecision && property.GetScale() is { } scale
            ? (precision, scale)
            : throw new InvalidOperationException(
                $"{property.DeclaringType.DisplayName()}.{property.Name} is stored as a decimal: give it HasPrecision(p, s) with p ≤ " +
                $"{NumberColumns.MaxPrecision}, or map it as Money (HasMoney), Odds or Percentage.");
}
