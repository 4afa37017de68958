using CleanPlatform.Api.Infrastructure.Idempotency;
using CleanPlatform.Domain.Platform;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents the optional <c>Idempotency-Key</c> header of <see cref="IdempotentAttribute"/> operations, which the filter
/// reads rather than the action, so generated clients can send it.
/// </summary>
internal sealed class IdempotencyKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentAttribute>().Any())
            return;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyFilter.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A key the client makes once per intended record (a UUID): a retry with the same key and body "
                + "returns the first answer and records nothing twice.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyRecord.KeyMaxLength },
        });
    }
}
