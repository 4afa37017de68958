namespace CleanPlatform.Api.Infrastructure.Idempotency;

/// <summary>
/// Marks a money-moving POST: with an <c>Idempotency-Key</c> header, a retry replays the first response,
/// the same key with another body is a 409, and concurrent duplicates run once. <see cref="Required"/> refuses a
/// request without the header (400), as billing.md §7 asks of payments, refunds and credit notes.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute : TypeFilterAttribute
{
    public IdempotentAttribute(bool required = false)
        : base(typeof(IdempotencyFilter))
    {
        Required = required;
        Arguments = [required];
    }

    /// <summary>Whether a request without an <c>Idempotency-Key</c> is refused.</summary>
    public bool Required { get; }
}
