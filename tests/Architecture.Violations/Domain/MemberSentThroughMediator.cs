using Mediator;

namespace CleanPlatform.Domain.Identity;

/// <summary>Breaks the Domain whitelist: a domain type using a package's type (Mediator's).</summary>
public sealed class MemberSentThroughMediator : INotification;
