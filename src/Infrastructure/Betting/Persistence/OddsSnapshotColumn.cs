using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Betting.Persistence;

/// <summary>One column of the snapshots table as EF maps it on the running provider: its name, store type and converter.</summary>
internal sealed record OddsSnapshotColumn(IProperty Property, string Name, RelationalTypeMapping Mapping)
{
    /// <summary>The column's type as the provider declares it (<c>numeric(6,2)</c>, <c>INTEGER</c>, <c>datetimeoffset</c>).</summary>
    public string StoreType => Mapping.StoreType;

    /// <summary>The .NET type the provider stores: the converter's (scaled integer, UTC ticks, enum number) or the property's.</summary>
    public Type ProviderType
    {
        get
        {
            var type = Mapping.Converter?.ProviderClrType ?? Property.ClrType;
            type = Nullable.GetUnderlyingType(type) ?? type;
            return type.IsEnum ? Enum.GetUnderlyingType(type) : type;
        }
    }

    /// <summary>The property's value, as the entity holds it.</summary>
    public object? ModelValue(OddsSnapshot snapshot) => Property.GetGetter().GetClrValue(snapshot);

    /// <summary>The value as EF would write it: through the property's converters.</summary>
    public object? ProviderValue(OddsSnapshot snapshot)
    {
        var value = ModelValue(snapshot);
        if (Mapping.Converter is { } converter)
            value = converter.ConvertToProvider(value);
        return value is Enum ? Convert.ChangeType(value, ProviderType, System.Globalization.CultureInfo.InvariantCulture) : value;
    }
}
