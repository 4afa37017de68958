using System.Text;
using CleanPlatform.Domain.Platform;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CleanPlatform.Api.Infrastructure.Idempotency;

// The first request with a key: run it, store its response with its effects, commit, then send it.
internal sealed partial class IdempotencyFilter
{
    private async Task RunFirstAsync(ResourceExecutingContext context, ResourceExecutionDelegate next,
        IUnitOfWorkTransaction transaction, IdempotencyRecord record)
    {
        var response = context.HttpContext.Response;
        var original = response.Body;
        await using var capture = new MemoryStream();
        response.Body = capture;
        var failed = true;
        try
        {
            var executed = await next();
            failed = executed.Exception is not null && !executed.ExceptionHandled;
            // Server errors are not the answer to the request: roll back and let a retry run it again.
            if (!failed && response.StatusCode < 500)
            {
                capture.Position = 0;
                var body = await new StreamReader(capture, Encoding.UTF8).ReadToEndAsync();
                var location = response.Headers.Location.ToString();
                await store.CompleteInRequestAsync(record, response.StatusCode, response.ContentType, body,
                    location.Length == 0 ? null : location, CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
            }
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            await transaction.DisposeAsync();
            await afterCommit.ReleaseAsync();
            response.Body = original;
            if (!failed)
            {
                capture.Position = 0;
                await capture.CopyToAsync(original);
            }
        }
    }
}
