using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// The rate-limit and quota headers, defined once under <c>components/headers</c>; operations refer to them
/// (<see cref="ResponseHeadersOperationFilter"/>). Names follow the IETF RateLimit header draft.
/// </summary>
internal sealed class ResponseHeadersDocumentFilter : IDocumentFilter
{
    public const string RateLimitLimit = "RateLimit-Limit";
    public const string RateLimitRemaining = "RateLimit-Remaining";
    public const string RateLimitReset = "RateLimit-Reset";
    public const string RetryAfter = "Retry-After";
    public const string QuotaLimit = "Quota-Limit";
    public const string QuotaRemaining = "Quota-Remaining";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.AddComponent(RateLimitLimit, Header(
            "Requests allowed per minute to this caller (API key, else user, else IP address), set by the plan.", 1));
        document.AddComponent(RateLimitRemaining, Header("Requests left in the current one-minute window.", 0));
        document.AddComponent(RateLimitReset, Header("Seconds until the current window ends.", 0));
        document.AddComponent(RetryAfter, Header(
            "Seconds to wait before retrying: until the minute's window ends, or until the month ends when the monthly "
            + "quota is used up.", 1));
        document.AddComponent(QuotaLimit, Header("Requests the organization's plan allows this calendar month (UTC).", 0,
            long.MaxValue));
        document.AddComponent(QuotaRemaining, Header("Requests the organization has left this month.", 0, long.MaxValue));
    }

    private static OpenApiHeader Header(string description, long minimum, long maximum = int.MaxValue) => new()
    {
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = maximum > int.MaxValue ? "int64" : "int32",
            Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };
}
