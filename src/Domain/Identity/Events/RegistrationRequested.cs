namespace CleanPlatform.Domain.Identity.Events;

/// <summary>
/// Someone signed up: the e-mail that confirms the address (or tells its owner they already have an
/// account) goes out after commit. It belongs to no organization yet.
/// </summary>
/// <param name="PendingRegistrationId">The sign-up waiting for confirmation.</param>
public sealed record RegistrationRequested(Guid PendingRegistrationId) : IDomainEvent
{
    /// <summary>The sign-up waiting for confirmation.</summary>
    public Guid PendingRegistrationId { get; } = PendingRegistrationId;
}
