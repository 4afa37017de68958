using Microsoft.OpenApi;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>What OpenAPI can say about one value's size: lengths, bounds, item counts, pattern and format.</summary>
internal sealed record SchemaLimits
{
    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public string? Minimum { get; init; }

    public string? Maximum { get; init; }

    public bool ExclusiveMinimum { get; init; }

    public bool ExclusiveMaximum { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    public string? Pattern { get; init; }

    public string? Format { get; init; }

    /// <summary>At least one character for a string, one item for an array.</summary>
    public bool NotEmpty { get; init; }

    public SchemaLimits? Items { get; init; }

    /// <summary>These limits, with what they leave open taken from <paramref name="other"/>.</summary>
    public SchemaLimits Or(SchemaLimits? other) => other is null ? this : new()
    {
        MinLength = MinLength ?? other.MinLength,
        MaxLength = MaxLength ?? other.MaxLength,
        Minimum = Minimum ?? other.Minimum,
        Maximum = Maximum ?? other.Maximum,
        ExclusiveMinimum = Minimum is null ? other.ExclusiveMinimum : ExclusiveMinimum,
        ExclusiveMaximum = Maximum is null ? other.ExclusiveMaximum : ExclusiveMaximum,
        MinItems = MinItems ?? other.MinItems,
        MaxItems = MaxItems ?? other.MaxItems,
        Pattern = Pattern ?? other.Pattern,
        Format = Format ?? other.Format,
        NotEmpty = NotEmpty || other.NotEmpty,
        Items = Items?.Or(other.Items) ?? other.Items,
    };

    /// <summary>Writes the limits that fit the schema's type; what the schema already states wins.</summary>
    public void ApplyTo(OpenApiSchema schema)
    {
        switch (schema.Type & ~JsonSchemaType.Null)
        {
            case JsonSchemaType.String:
                schema.MinLength ??= MinLength ?? (NotEmpty ? 1 : null);
                schema.MaxLength ??= MaxLength;
                schema.Pattern ??= Pattern;
                schema.Format ??= Format;
                break;
            case JsonSchemaType.Integer or JsonSchemaType.Number:
                // Setting an exclusive bound at all, even to null, writes "exclusiveMinimum: false": only when it is.
                if (schema.Minimum is null && Minimum is not null)
                {
                    schema.Minimum = Minimum;
                    if (ExclusiveMinimum)
                        schema.ExclusiveMinimum = Minimum;
                }

                if (schema.Maximum is null && Maximum is not null)
                {
                    schema.Maximum = Maximum;
                    if (ExclusiveMaximum)
                        schema.ExclusiveMaximum = Maximum;
                }

                break;
            case JsonSchemaType.Array:
                schema.MinItems ??= MinItems ?? (NotEmpty ? 1 : null);
                schema.MaxItems ??= MaxItems;
                if (schema.Items is OpenApiSchema items)
                    Items?.ApplyTo(items);
                break;
        }
    }
}
