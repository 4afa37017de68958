using Asp.Versioning.ApiExplorer;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

internal static class SwaggerSetup
{
    private static readonly string[] XmlDocs =
        ["CleanPlatform.Api.xml", "CleanPlatform.Application.xml", "CleanPlatform.Domain.xml"];

    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services)
    {
        services.AddTransient<IConfigureOptions<SwaggerGenOptions>, ConfigureSwaggerDocuments>();
        services.AddSwaggerGen(o =>
        {
            foreach (var xml in XmlDocs)
            {
                var path = Path.Combine(AppContext.BaseDirectory, xml);
                if (File.Exists(path))
                    o.IncludeXmlComments(path, includeControllerXmlComments: true);
            }

            // Relative, so the committed document is the same on every host; "Try it out" calls the one serving it.
            o.AddServer(new OpenApiServer
            {
                Url = "/",
                Description = "The server that serves this document: production, staging or local alike.",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
            });
            o.CustomOperationIds(OperationIds.For);
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            o.AddSecurityDefinition(Auth.AuthSchemes.Bearer, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from POST /api/v1/identity/login (15 minutes; refresh with /refresh). "
                    + "An HS256-signed JWT, validated following RFC8725: a signature is required (no alg none), and "
                    + "issuer, audience and lifetime are checked.",
            });
            o.AddSecurityDefinition(Auth.AuthSchemes.ApiKey, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Auth.AuthSchemes.ApiKeyHeader,
                Description = "API key created under /api/v1/identity/api-keys; read keys may only GET.",
            });
            o.OperationFilter<SecurityRequirementsOperationFilter>();
            o.OperationFilter<ProblemResponsesOperationFilter>();
            o.OperationFilter<ResponseHeadersOperationFilter>();
            o.OperationFilter<IdempotencyKeyOperationFilter>();
            o.DocumentFilter<ResponseHeadersDocumentFilter>();
            o.SchemaFilter<SchemaLimitsFilter>();
            o.SchemaFilter<DefaultedParametersSchemaFilter>();
            o.SchemaFilter<ExamplesSchemaFilter>();
        });
        return services;
    }

    /// <summary>
    /// Serves the document and the UI under <c>/swagger</c>. Both middlewares sit in a branch taken only for that
    /// path: on their own they match every request's path (the UI with regular expressions), which cost about 2% of
    /// an API request's CPU.
    /// </summary>
    public static void UsePlatformSwaggerUi(this WebApplication app)
    {
        var mode = SwaggerUiAccess.ModeOf(app.Configuration);
        var versions = app.DescribeApiVersions();
        app.UseSwaggerSignIn();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase), swagger =>
        {
            swagger.UseSwagger();
            if (mode == SwaggerUiAccess.Off)
                return;
            swagger.UseSwaggerUI(o =>
            {
                foreach (var description in versions)
                    o.SwaggerEndpoint($"/swagger/{description.GroupName}/swagger.json", description.GroupName.ToUpperInvariant());
                o.DocumentTitle = "CleanPlatform API";
            });
        });
    }

    private sealed class ConfigureSwaggerDocuments(IApiVersionDescriptionProvider versions)
        : IConfigureOptions<SwaggerGenOptions>
    {
        public void Configure(SwaggerGenOptions options)
        {
            foreach (var description in versions.ApiVersionDescriptions)
                options.SwaggerDoc(description.GroupName, new OpenApiInfo
                {
                    Title = "CleanPlatform API",
                    Version = description.ApiVersion.ToString(),
                    Description = "Betting, billing, wealth and trading on your own server. Every record belongs to the "
                        + "caller's organization. Errors are RFC 9457 problem details with traceId and correlationId."
                        + (description.IsDeprecated ? " This version is deprecated." : ""),
                });
        }
    }
}
