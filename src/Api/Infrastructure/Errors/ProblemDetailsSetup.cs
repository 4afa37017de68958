using System.Diagnostics;
using CleanPlatform.Api.Infrastructure.Observability;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace CleanPlatform.Api.Infrastructure.Errors;

internal static class ProblemDetailsSetup
{
    /// <summary>Largest request body accepted; bigger ones are a 400, not a 500 or a dropped connection.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static IServiceCollection AddPlatformProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var http = ctx.HttpContext;
            ctx.ProblemDetails.Instance ??= http.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
            ctx.ProblemDetails.Extensions["correlationId"] = CorrelationIdMiddleware.Of(http);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = ctx =>
        {
            var problem = ctx.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>()
                .CreateValidationProblemDetails(ctx.HttpContext, ctx.ModelState, StatusCodes.Status400BadRequest,
                    "One or more fields are invalid.");
            return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
        });
        return services;
    }

    /// <summary>
    /// Refuses bodies over the limit up front (Content-Length) and caps streamed ones. An upload endpoint raises its
    /// own limit with <c>[RequestSizeLimit]</c>; this runs after routing, so it knows the endpoint.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var max = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                ?? MaxRequestBodyBytes;
            if (context.Request.ContentLength > max)
            {
                await Problems.WriteAsync(context, Problems.Create(StatusCodes.Status400BadRequest,
                    "The request body is too large.", $"Request bodies here are limited to {max} bytes."));
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = max;
            await next(context);
        });
}
