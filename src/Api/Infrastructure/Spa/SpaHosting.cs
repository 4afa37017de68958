using Microsoft.Extensions.FileProviders;

namespace CleanPlatform.Api.Infrastructure.Spa;

/// <summary>Serves the built SPA from <c>Spa:RootPath</c>, so one URL holds API and client; unknown non-API paths get index.html.</summary>
internal static partial class SpaHosting
{
    public static void UseSpaIfBuilt(this WebApplication app)
    {
        var root = app.Configuration["Spa:RootPath"];
        if (string.IsNullOrWhiteSpace(root))
            return;
        var full = Path.GetFullPath(root, app.Environment.ContentRootPath);
        if (!File.Exists(Path.Combine(full, "index.html")))
        {
            LogNotBuilt(app.Logger, full);
            return;
        }

        var files = new PhysicalFileProvider(full);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        var index = files.GetFileInfo("index.html");
        app.MapFallback(async context =>
        {
            // API-looking paths that matched nothing are a 404, never the SPA's HTML.
            if (IsServerPath(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.SendFileAsync(index, context.RequestAborted);
        });
    }

    /// <summary>Paths the server answers itself (API, Swagger, health, metrics): never the SPA's.</summary>
    public static bool IsServerPath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Spa:RootPath {Path} has no index.html; build the client (npm run build)")]
    private static partial void LogNotBuilt(ILogger logger, string path);
}
