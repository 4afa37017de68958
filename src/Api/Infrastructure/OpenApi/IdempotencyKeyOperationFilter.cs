using CleanPlatform.Api.Infrastructure.Idempotency;
using CleanPlatform.Domain.Platform;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents the <c>Idempotency-Key</c> header (optional, or required) of <see cref="IdempotentAttribute"/> operations, which the filter
/// reads rather than the action, so generated clients can send it.
/// </summary>
internal sealed class IdempotencyKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentAttribute>().FirstOrDefault()
            is not { } idempotent)
            return;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyFilter.Header,
            In = ParameterLocation.Header,
            Required = idempotent.Required,
            Description = "A key the client makes once per intended record (a UUID): a retry with the same key and body "
                + "returns the first answer and records nothing twice.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyRecord.KeyMaxLength },
        });
    }
}
