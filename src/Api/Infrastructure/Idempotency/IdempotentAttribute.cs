namespace CleanPlatform.Api.Infrastructure.Idempotency;

/// <summary>
/// Marks a money-moving POST: with an <c>Idempotency-Key</c> header, a retry replays the first response,
/// the same key with another body is a 409, and concurrent duplicates run once.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute() : TypeFilterAttribute(typeof(IdempotencyFilter));
