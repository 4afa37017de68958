namespace CleanPlatform.Api.Controllers.V1;

/// <summary>An action's own problem response: RFC 9457 problem details, as application/problem+json.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProducesProblemAttribute(int statusCode)
    : ProducesResponseTypeAttribute(typeof(ProblemDetails), statusCode, "application/problem+json");
