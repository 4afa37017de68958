using System.Net.Http.Headers;
using System.Text;
using CleanPlatform.Application.Common.Exceptions;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Who may open Swagger UI (<c>Swagger:Ui</c>): <c>Public</c> (the default), <c>Off</c> (no UI; the OpenAPI
/// document stays, for SDK generators), or <c>SignedIn</c> (UI and document ask for the e-mail and
/// password of an active account, by HTTP Basic; wrong passwords count towards lockout like log-ins).
/// </summary>
internal static class SwaggerUiAccess
{
    public const string Public = "Public";
    public const string Off = "Off";
    public const string SignedIn = "SignedIn";

    public static string ModeOf(IConfiguration configuration)
    {
        var mode = configuration["Swagger:Ui"];
        if (string.IsNullOrWhiteSpace(mode))
            return Public;
        foreach (var known in new[] { Public, Off, SignedIn })
        {
            if (string.Equals(mode, known, StringComparison.OrdinalIgnoreCase))
                return known;
        }

        throw new InvalidOperationException($"Swagger:Ui '{mode}' is not one of {Public}, {Off}, {SignedIn}.");
    }

    /// <summary>Asks for a sign-in on the UI and the document when the mode says so.</summary>
    public static void UseSwaggerSignIn(this WebApplication app)
    {
        if (ModeOf(app.Configuration) != SignedIn)
            return;
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase),
            branch => branch.Use(async (context, next) =>
            {
                if (await SignedInAsync(context))
                {
                    await next(context);
                    return;
                }

                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"CleanPlatform API documentation\", charset=\"UTF-8\"";
            }));
    }

    private static async Task<bool> SignedInAsync(HttpContext context)
    {
        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
            return false;

        string credentials;
        try
        {
            credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > IdentityRules.EmailMaxLength || credentials.Length - colon - 1 > IdentityRules.PasswordMaxLength)
            return false;
        try
        {
            var identity = context.RequestServices.GetRequiredService<IIdentityService>();
            var account = await identity.CheckPasswordAsync(credentials[..colon], credentials[(colon + 1)..],
                context.RequestAborted);
            return account.IsActive;
        }
        catch (UnauthorizedException)
        {
            return false;
        }
    }
}
