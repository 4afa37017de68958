using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanPlatform.Infrastructure.Persistence.Numbers;

internal sealed class OddsConverter() : ValueConverter<Odds, decimal>(o => o.Value, v => new Odds(v));
