using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Api.Infrastructure.Errors;

/// <summary>The one place exceptions become RFC 9457 problems. Unknown exceptions fall through to a bare 500.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException v => new ValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are invalid.",
            },
            BadHttpRequestException b => Problems.Create(StatusCodes.Status400BadRequest, "The request is malformed.", b.Message),
            UnauthorizedException u => Problems.Create(StatusCodes.Status401Unauthorized, "Not authenticated.", u.Message, u.Code),
            ForbiddenException f => Problems.Create(StatusCodes.Status403Forbidden, "Forbidden.", f.Message),
            NotFoundException n => Problems.Create(StatusCodes.Status404NotFound, "Not found.", n.Message),
            ConflictException c => Problems.Create(StatusCodes.Status409Conflict, "Conflict.", c.Message, c.Code),
            DbUpdateConcurrencyException => Problems.Create(StatusCodes.Status409Conflict, "Conflict.",
                "The record was changed by someone else; reload it and try again.", "concurrency"),
            UpstreamRefusedException r => Problems.Create(StatusCodes.Status502BadGateway, r.Title, r.Message, r.Code),
            DomainException d => Problems.Create(StatusCodes.Status422UnprocessableEntity, "The request breaks a business rule.",
                d.Message, d.Code),
            _ => null,
        };
        if (problem is null)
            return false;

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
