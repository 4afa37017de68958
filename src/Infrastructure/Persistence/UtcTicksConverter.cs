using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>
/// Stores an instant as UTC ticks, so SQLite compares and orders instants correctly whatever offset
/// they were written or queried with.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
