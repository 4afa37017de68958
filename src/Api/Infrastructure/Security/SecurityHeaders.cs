using CleanPlatform.Api.Infrastructure.Spa;

namespace CleanPlatform.Api.Infrastructure.Security;

/// <summary>
/// Headers every response carries: no MIME sniffing, no framing, no referrer leaving the site, and a
/// content security policy. The SPA's policy allows its own assets only; API responses allow nothing.
/// HSTS is added by <c>UseHsts</c> on HTTPS requests outside Development.
/// </summary>
internal static class SecurityHeaders
{
    public const string SpaPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Swagger UI ships its own inline styles and fetches the document from this origin.
    public const string SwaggerPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers.ContentSecurityPolicy = PolicyFor(context.Request.Path);
            return next(context);
        });
    }

    private static string PolicyFor(PathString path) =>
        path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) ? SwaggerPolicy
        : SpaHosting.IsServerPath(path) ? ApiPolicy
        : SpaPolicy;
}
