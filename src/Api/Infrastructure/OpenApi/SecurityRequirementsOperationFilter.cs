using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Operations that need authentication accept either scheme; anonymous ones (login, register, refresh) say so with
/// an explicit empty <c>security</c>, so neither a reader nor a linter takes them for ones that forgot it.
/// </summary>
internal sealed class SecurityRequirementsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!RequiresAuthentication(context))
        {
            operation.Security = [];
            return;
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Auth.AuthSchemes.Bearer, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Auth.AuthSchemes.ApiKey, context.Document)] = [] },
        ];
    }

    public static bool RequiresAuthentication(OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        return metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
    }
}
