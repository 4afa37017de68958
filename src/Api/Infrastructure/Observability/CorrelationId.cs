using Serilog.Context;

namespace CleanPlatform.Api.Infrastructure.Observability;

/// <summary>Carries <c>X-Correlation-Id</c> in and out (made up when absent or unusable) and into every log line.</summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";
    private const int MaxLength = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = IsUsable(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.Items[Header] = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        using (LogContext.PushProperty("CorrelationId", id))
            await next(context);
    }

    public static string? Of(HttpContext context) => context.Items[Header] as string;

    // Echoed into headers and logs, so only a short token of safe characters is accepted.
    private static bool IsUsable(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
