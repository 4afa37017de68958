using System.Text.RegularExpressions;
using CleanPlatform.Domain.Billing.Usage;

namespace CleanPlatform.Application.Billing.Usage.Common;

/// <summary>
/// The meters usage events count towards, from configuration section <c>Billing:Meters</c>: each keyed by its code
/// (lower case letters, digits and underscores), with a name, an aggregation and, for <c>UniqueCount</c>, what the
/// events' <c>property</c> holds.
/// </summary>
public sealed partial class BillingMeterOptions
{
    /// <summary>Bound to <c>Billing</c>, whose <c>Meters</c> this reads.</summary>
    public const string Section = "Billing";

    /// <summary>The most meters configured.</summary>
    public const int MaxMeters = 50;

    public Dictionary<string, MeterDefinition> Meters { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Meters.Count <= MaxMeters
        && Meters.All(m => CodePattern().IsMatch(m.Key) && m.Value.IsValid);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}

/// <summary>One meter: what it is called, how it aggregates a period's events, and its unit.</summary>
public sealed class MeterDefinition
{
    /// <summary>Longest name, unit or property description.</summary>
    public const int TextMaxLength = 100;

    public string Name { get; set; } = "";

    public MeterAggregation Aggregation { get; set; }

    /// <summary>What one unit is ("call", "GB").</summary>
    public string Unit { get; set; } = "";

    /// <summary>For <see cref="MeterAggregation.UniqueCount"/>: what the events' property holds ("user id").</summary>
    public string? Property { get; set; }

    public bool IsValid => Name.Length is > 0 and <= TextMaxLength && Unit.Length is > 0 and <= TextMaxLength
        && Enum.IsDefined(Aggregation) && (Aggregation != MeterAggregation.UniqueCount || Property is { Length: > 0 and <= TextMaxLength });
}
