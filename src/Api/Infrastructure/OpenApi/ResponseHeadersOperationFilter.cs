using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using static CleanPlatform.Api.Infrastructure.OpenApi.ResponseHeadersDocumentFilter;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Every 2xx and 4xx answer under /api carries the caller's <c>RateLimit-*</c> headers, a 429 also
/// <c>Retry-After</c>, and an authenticated caller's answers (but a 401) the organization's <c>Quota-*</c>.
/// Runs after <see cref="ProblemResponsesOperationFilter"/>, so the problems it adds get them too.
/// </summary>
internal sealed class ResponseHeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var authenticated = SecurityRequirementsOperationFilter.RequiresAuthentication(context);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete || status[0] is not ('2' or '4'))
                continue;
            Refer(concrete, context, RateLimitLimit, RateLimitRemaining, RateLimitReset);
            if (status == "429")
                Refer(concrete, context, RetryAfter);
            if (authenticated && status != "401")
                Refer(concrete, context, QuotaLimit, QuotaRemaining);
        }
    }

    private static void Refer(OpenApiResponse response, OperationFilterContext context, params string[] headers)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        foreach (var header in headers)
            response.Headers[header] = new OpenApiHeaderReference(header, context.Document);
    }
}
