using CleanPlatform.Api.Infrastructure.Idempotency;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents the problems an operation can answer with besides its own (which its attributes declare): 401 and 403
/// where it needs authentication, 404 where its route names a record, 409 where it is idempotent, 429 and 500
/// everywhere. Responses are then ordered by status.
/// </summary>
internal sealed class ProblemResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        if (operation.Responses.TryGetValue("400", out var invalid) && invalid is OpenApiResponse { Description: "Bad Request" } generic)
            generic.Description = "The request is invalid: the problem's errors name each field and what is wrong with it.";
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        var authenticated = SecurityRequirementsOperationFilter.RequiresAuthentication(context);
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;

        if (authenticated)
        {
            Add(operation, "401", "Not authenticated: the access token or API key is missing, expired or invalid.", problem);
            Add(operation, "403", "Not allowed: this needs a role the caller lacks, or a scope the API key lacks "
                + "(Read keys may only GET).", problem);
        }

        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source == BindingSource.Path))
            Add(operation, "404", "No such record, or not one the caller may see.", problem);
        if (metadata.OfType<IdempotentAttribute>().Any())
            Add(operation, "409", $"The {IdempotencyFilter.Header} was used with a different request, or that request "
                + "is still running.", problem);
        Add(operation, "429", authenticated
            ? "Too many requests: the plan's per-minute limit or the organization's monthly quota is used up; retry after Retry-After seconds."
            : "Too many requests from this address this minute; retry after Retry-After seconds.", problem);
        Add(operation, "500", "An unexpected error. Its details stay in the server's logs, found by the problem's "
            + "traceId and correlationId.", problem);

        var ordered = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, response) in ordered)
            operation.Responses.Add(status, response);
    }

    private static void Add(OpenApiOperation operation, string status, string description, IOpenApiSchema schema) =>
        operation.Responses!.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = schema },
            },
        });
}
