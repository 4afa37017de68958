namespace CleanPlatform.Domain.Billing.Usage;

/// <summary>How a meter turns a period's events into a quantity (billing.md §8, §15).</summary>
public enum MeterAggregation
{
    /// <summary>The sum of the values.</summary>
    Sum,

    /// <summary>The largest value.</summary>
    Max,

    /// <summary>The value of the latest event by timestamp; ties go to the one ingested last.</summary>
    Last,

    /// <summary>How many events were accepted.</summary>
    Count,

    /// <summary>How many distinct values of the meter's property the events carry.</summary>
    UniqueCount,
}
