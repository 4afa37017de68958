using System.Net.Http.Headers;
using System.Text;
using CleanPlatform.Application.Billing.Webhooks.Common;

namespace CleanPlatform.Infrastructure.Billing.Webhooks;

/// <summary>
/// <see cref="IWebhookPoster"/> over its own <see cref="HttpClient"/>: JSON with the <c>CleanPlatform-Signature</c>
/// header, one attempt within <see cref="WebhookDeliveryOptions.Timeout"/>, redirects not followed, and (unless the
/// operator allows it) only to public addresses, checked when connecting.
/// </summary>
internal sealed class WebhookPoster(HttpClient http, IOptions<WebhookDeliveryOptions> options) : IWebhookPoster
{
    /// <summary>The header the signature travels in (billing.md §6).</summary>
    public const string SignatureHeader = "CleanPlatform-Signature";

    public async Task<WebhookPostResult> PostAsync(Uri url, string body, string signature, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.TryAddWithoutValidation(SignatureHeader, signature);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new WebhookPostResult((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new WebhookPostResult(null, $"No answer within {options.Value.Timeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException ex)
        {
            return new WebhookPostResult(null, ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}" : ex.Message);
        }
    }
}
