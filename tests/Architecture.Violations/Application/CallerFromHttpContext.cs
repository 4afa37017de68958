using Microsoft.AspNetCore.Http;

namespace CleanPlatform.Application.Platform;

/// <summary>Breaks the Application whitelist: a use case reaching for ASP.NET Core's HTTP types.</summary>
public sealed class CallerFromHttpContext(IHttpContextAccessor accessor)
{
    public string? Name => accessor.HttpContext?.User.Identity?.Name;
}
