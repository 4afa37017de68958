using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The Odds API as recorded, for the whole host: a Kestrel app on a free loopback port that answers each path with
/// the body, status and quota headers a test gave it, and counts what it was asked. Never the internet.
/// </summary>
public sealed class OddsApiStub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (int Status, string Body, int Remaining)> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _paths = new();
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<OddsApiStub> StartAsync()
    {
        var stub = new OddsApiStub();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(stub.AnswerAsync);
        await app.StartAsync(CancellationToken.None);
        stub._app = app;
        stub.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.Single());
        return stub;
    }

    /// <summary>Forgets every answer and every request.</summary>
    public void Reset()
    {
        _answers.Clear();
        _paths.Clear();
    }

    /// <summary>Answers GET <paramref name="path"/> with <paramref name="body"/>, reporting <paramref name="remaining"/> credits left.</summary>
    public void Answer(string path, string body, int status = 200, int remaining = 19_997) =>
        _answers[path] = (status, body, remaining);

    public int CallsTo(string path) => _paths.Count(p => p == path);

    public int Calls => _paths.Count;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        _paths.Enqueue(path);
        if (!_answers.TryGetValue(path, out var answer))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers["x-requests-remaining"] = answer.Remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["x-requests-used"] = (20_000 - answer.Remaining).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["x-requests-last"] = "3";
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }
}
