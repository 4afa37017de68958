using CleanPlatform.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

public abstract partial class AppDbContext
{
    /// <summary>Raised events waiting for, or done with, delivery; written by the outbox interceptor.</summary>
    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Which handler has handled which event.</summary>
    internal DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();
}
