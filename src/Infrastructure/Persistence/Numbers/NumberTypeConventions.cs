using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanPlatform.Infrastructure.Persistence.Numbers;

internal static class NumberTypeConventions
{
    /// <summary>Every <see cref="Odds"/> and <see cref="Percentage"/> property is a fixed-scale decimal column, with no configuration of its own.</summary>
    public static ModelConfigurationBuilder MapNumberTypes(this ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Odds>().HaveConversion<OddsConverter>()
            .HavePrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        // Lets odds be the argument of a mapped function (AnalyticsSql.OddsValue), not only a column.
        configurationBuilder.DefaultTypeMapping<Odds>().HasConversion<OddsConverter>();
        configurationBuilder.Properties<Percentage>().HaveConversion<PercentageConverter>()
            .HavePrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        return configurationBuilder;
    }

    /// <summary>
    /// The converter <see cref="MapNumberTypes"/> gives properties of <paramref name="clrType"/>, as an instance,
    /// for <see cref="FixedScaleDecimals"/> to compose with (the conventions record only its type).
    /// </summary>
    public static ValueConverter? ConverterFor(Type clrType) => (Nullable.GetUnderlyingType(clrType) ?? clrType) switch
    {
        var t when t == typeof(Odds) => new OddsConverter(),
        var t when t == typeof(Percentage) => new PercentageConverter(),
        _ => null,
    };
}
