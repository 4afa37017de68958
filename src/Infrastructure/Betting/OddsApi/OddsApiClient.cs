using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CleanPlatform.Application.Betting.OddsFeed;
using CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace CleanPlatform.Infrastructure.Betting.OddsApi;

/// <summary>
/// The Odds API v4 as an <see cref="IOddsFeed"/>. Retries happen in the client's resilience pipeline
/// (<see cref="OddsApiResilience"/>); what still fails here becomes an <see cref="OddsFeedException"/>.
/// </summary>
internal sealed partial class OddsApiClient(HttpClient http, ILogger<OddsApiClient> log) : IOddsFeed
{
    public async Task<OddsFeedResult<IReadOnlyList<OddsFeedSport>>> ListSportsAsync(string apiKey, CancellationToken ct) =>
        await GetAsync(OddsApiRequests.Sports(apiKey), apiKey, OddsApiJson.Default.ListSportDto, OddsApiMapping.ToSport, ct);

    public async Task<OddsFeedResult<IReadOnlyList<OddsFeedEvent>>> ListEventsAsync(string apiKey, string sportKey,
        CancellationToken ct) =>
        await GetAsync(OddsApiRequests.Events(apiKey, sportKey), apiKey, OddsApiJson.Default.ListEventDto,
            OddsApiMapping.ToEvent, ct);

    public async Task<OddsFeedResult<IReadOnlyList<OddsFeedEventOdds>>> GetOddsAsync(string apiKey,
        OddsFeedOddsRequest request, CancellationToken ct) =>
        await GetAsync(OddsApiRequests.Odds(apiKey, request), apiKey, OddsApiJson.Default.ListOddsEventDto,
            OddsApiMapping.ToEventOdds, ct);

    public async Task<OddsFeedResult<IReadOnlyList<OddsFeedEventScore>>> GetScoresAsync(string apiKey,
        OddsFeedScoresRequest request, CancellationToken ct) =>
        await GetAsync(OddsApiRequests.Scores(apiKey, request), apiKey, OddsApiJson.Default.ListScoreEventDto,
            OddsApiMapping.ToEventScore, ct);

    private async Task<OddsFeedResult<IReadOnlyList<TItem>>> GetAsync<TDto, TItem>(string url, string apiKey,
        JsonTypeInfo<List<TDto>> type, Func<TDto, TItem> map, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            var quota = OddsApiQuota.Read(response.Headers);
            if (!response.IsSuccessStatusCode)
            {
                var error = await OddsApiErrors.ReadAsync(response, apiKey, quota, ct);
                LogFailure(error.StatusCode, error.ErrorCode, OddsApiRedaction.Scrub(url));
                throw error;
            }
            var items = await response.Content.ReadFromJsonAsync(type, ct)
                ?? throw new JsonException("The body is null, not a list.");
            return new(items.ConvertAll(item => map(item)), quota);
        }
        catch (JsonException e)
        {
            LogFailure(200, "invalid body", OddsApiRedaction.Scrub(url));
            throw new OddsFeedException(OddsFeedErrorKind.InvalidResponse,
                $"The Odds API answered with a body that is not the documented shape: {e.Message}", innerException: e);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            LogFailure(null, e.GetType().Name, OddsApiRedaction.Scrub(url));
            throw new OddsFeedException(OddsFeedErrorKind.Unavailable,
                "The Odds API could not be reached or did not answer in time.", innerException: e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Odds API call GET {Url} failed: {Status} {Reason}")]
    private partial void LogFailure(int? status, string? reason, string url);
}
