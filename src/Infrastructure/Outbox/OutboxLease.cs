namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>One node's claim on a batch of outbox rows, valid until <see cref="Until"/>.</summary>
internal sealed record OutboxLease(Guid Id, DateTimeOffset Until)
{
    public List<OutboxMessage> Messages { get; } = [];
}
