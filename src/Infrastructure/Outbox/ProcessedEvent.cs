namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// That one handler has handled one event: written in the handler's own transaction, so the mark exists
/// exactly when the handler's changes do, and a second delivery skips the handler.
/// </summary>
internal sealed class ProcessedEvent
{
    public const int HandlerMaxLength = 200;

    private ProcessedEvent() { }

    public Guid EventId { get; private set; }

    public string Handler { get; private set; } = "";

    public DateTimeOffset ProcessedAt { get; private set; }

    public static ProcessedEvent Of(Guid eventId, string handler, DateTimeOffset now) =>
        new() { EventId = eventId, Handler = handler, ProcessedAt = now };
}
