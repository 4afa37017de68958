namespace CleanPlatform.Api.Infrastructure.Errors;

/// <summary>Builds and writes RFC 9457 problems outside MVC (exception handler, middleware, rate limiter).</summary>
internal static class Problems
{
    /// <summary>A problem with an optional stable <c>code</c> that clients and tests rely on.</summary>
    public static ProblemDetails Create(int status, string title, string detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null)
            problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>Sets the status and writes the problem (traceId and correlationId are added by the service).</summary>
    public static async Task WriteAsync(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
