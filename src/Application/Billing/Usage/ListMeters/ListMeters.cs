using CleanPlatform.Application.Billing.Usage.Common;
using CleanPlatform.Domain.Billing.Usage;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Usage.ListMeters;

/// <summary>The meters usage events may count towards, in code order: the same for every organization.</summary>
[Authorize]
public sealed record ListMeters : IQuery<MeterListDto>;

/// <summary>The configured meters.</summary>
/// <param name="Items">Each meter, in code order.</param>
public sealed record MeterListDto(IReadOnlyList<MeterDto> Items);

/// <summary>A meter: its code (what events name), what it measures, how it aggregates and in what unit.</summary>
/// <param name="Code">What an event's <c>meter</c> says.</param>
/// <param name="Name">What it measures.</param>
/// <param name="Aggregation">How a period's events make its quantity.</param>
/// <param name="Unit">What one unit is.</param>
/// <param name="Property">For <c>UniqueCount</c>, what each event's <c>property</c> must hold.</param>
public sealed record MeterDto(string Code, string Name, MeterAggregation Aggregation, string Unit, string? Property);

public sealed class ListMetersHandler(IOptions<BillingMeterOptions> meters) : IQueryHandler<ListMeters, MeterListDto>
{
    public ValueTask<MeterListDto> Handle(ListMeters query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new MeterListDto([.. meters.Value.Meters.OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => new MeterDto(m.Key, m.Value.Name, m.Value.Aggregation, m.Value.Unit, m.Value.Property))]));
}
