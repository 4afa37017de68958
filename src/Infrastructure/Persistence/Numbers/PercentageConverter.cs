using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanPlatform.Infrastructure.Persistence.Numbers;

internal sealed class PercentageConverter() : ValueConverter<Percentage, decimal>(p => p.Value, v => new Percentage(v));
