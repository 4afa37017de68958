using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanPlatform.TestSupport;

/// <summary>
/// The Odds API as recorded: a Kestrel host on a free loopback port that answers each path with the responses it
/// was given, in order (the last one repeats), and keeps every request it saw. Never the internet. The client's
/// tests start one per test; the API's functional tests one per host.
/// </summary>
public sealed class OddsApiStub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<StubResponse>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Uri> _requests = new();
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request received (path and query), in order.</summary>
    public IReadOnlyList<Uri> Requests => [.. _requests];

    public static async Task<OddsApiStub> StartAsync(CancellationToken ct = default)
    {
        var stub = new OddsApiStub();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(stub.AnswerAsync);
        await app.StartAsync(ct);
        stub._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        stub.BaseUrl = new Uri(address.Addresses.Single());
        return stub;
    }

    /// <summary>Answers GET <paramref name="path"/> with these responses in turn, then the last one again.</summary>
    public void Answer(string path, params StubResponse[] responses) => _answers[path] = new(responses);

    /// <summary>Answers GET <paramref name="path"/> with <paramref name="body"/>, reporting <paramref name="remaining"/> credits left.</summary>
    public void Answer(string path, string body, int status = 200, int remaining = 19_997) =>
        Answer(path, new StubResponse(status, body, StubResponse.QuotaLeft(remaining)));

    /// <summary>Forgets every answer and every request.</summary>
    public void Reset()
    {
        _answers.Clear();
        _requests.Clear();
    }

    public int CallsTo(string path) => _requests.Count(r => r.AbsolutePath == path);

    public int Calls => _requests.Count;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        _requests.Enqueue(new Uri(BaseUrl, $"{request.Path}{request.QueryString}"));
        if (!_answers.TryGetValue(request.Path.Value ?? "", out var queue) || !queue.TryPeek(out var response))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (queue.Count > 1)
            queue.TryDequeue(out _);
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers)
            context.Response.Headers[name] = value;
        await context.Response.WriteAsync(response.Body, context.RequestAborted);
    }
}
