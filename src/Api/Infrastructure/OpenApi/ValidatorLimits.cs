using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Reads the limits a type's FluentValidation validators enforce (lengths, bounds, non-empty, e-mail, patterns),
/// per member, so the OpenAPI document states them without writing any number twice. Rules with a condition
/// (<c>When</c>) and rules comparing two members hold only sometimes and are left out.
/// </summary>
internal static class ValidatorLimits
{
    public static Dictionary<string, SchemaLimits> Of(Type type, IServiceProvider services)
    {
        var limits = new Dictionary<string, SchemaLimits>(StringComparer.OrdinalIgnoreCase);
        foreach (var validator in services.GetServices(typeof(IValidator<>).MakeGenericType(type)).OfType<IValidator>())
            Collect(validator, services, limits);
        return limits;
    }

    private static void Collect(IValidator validator, IServiceProvider services, Dictionary<string, SchemaLimits> limits)
    {
        foreach (var rule in validator as IEnumerable<IValidationRule> ?? [])
        {
            if (rule is IIncludeRule)
            {
                foreach (var included in rule.Components.Select(c => c.Validator).OfType<IChildValidatorAdaptor>())
                {
                    if (ActivatorUtilities.GetServiceOrCreateInstance(services, included.ValidatorType) is IValidator child)
                        Collect(child, services, limits);
                }

                continue;
            }

            if (rule.PropertyName is not { } member)
                continue;
            var own = rule.Components.Where(c => !c.HasCondition && !c.HasAsyncCondition)
                .Aggregate(new SchemaLimits(), (all, c) => all.Or(Of(c.Validator)));
            var found = IsForEachItem(rule) ? new SchemaLimits { Items = own } : own;
            limits[member] = limits.TryGetValue(member, out var known) ? known.Or(found) : found;
        }
    }

    private static SchemaLimits Of(IPropertyValidator validator) => validator switch
    {
        IEmailValidator => new() { Format = "email" },
        ILengthValidator length => new()
        {
            MinLength = length.Min > 0 ? length.Min : null,
            MaxLength = length.Max > 0 ? length.Max : null,
        },
        INotEmptyValidator => new() { NotEmpty = true },
        IRegularExpressionValidator regex => new() { Pattern = regex.Expression },
        IBetweenValidator between => new()
        {
            Minimum = Number(between.From),
            Maximum = Number(between.To),
            ExclusiveMinimum = between.Name.StartsWith("Exclusive", StringComparison.Ordinal),
            ExclusiveMaximum = between.Name.StartsWith("Exclusive", StringComparison.Ordinal),
        },
        IComparisonValidator { MemberToCompare: null, ValueToCompare: { } value } comparison => comparison.Comparison switch
        {
            Comparison.GreaterThanOrEqual => new() { Minimum = Number(value) },
            Comparison.GreaterThan => new() { Minimum = Number(value), ExclusiveMinimum = true },
            Comparison.LessThanOrEqual => new() { Maximum = Number(value) },
            Comparison.LessThan => new() { Maximum = Number(value), ExclusiveMaximum = true },
            _ => new(),
        },
        _ => new(),
    };

    private static bool IsForEachItem(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static string? Number(object? value) => value is IFormattable number
        ? number.ToString(null, CultureInfo.InvariantCulture)
        : null;
}
