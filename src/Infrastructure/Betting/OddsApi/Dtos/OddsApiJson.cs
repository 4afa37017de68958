using System.Text.Json.Serialization;

namespace CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

/// <summary>
/// The provider's snake_case JSON, source-generated. Strict about what the documented shapes require (a null or
/// missing required field fails the read), lenient about fields we do not read.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(List<SportDto>))]
[JsonSerializable(typeof(List<EventDto>))]
[JsonSerializable(typeof(List<OddsEventDto>))]
[JsonSerializable(typeof(List<ScoreEventDto>))]
[JsonSerializable(typeof(ErrorDto))]
internal sealed partial class OddsApiJson : JsonSerializerContext;
