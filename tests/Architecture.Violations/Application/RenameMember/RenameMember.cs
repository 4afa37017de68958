using Mediator;

namespace CleanPlatform.Application.Identity.RenameMember;

public sealed record RenameMember(Guid Id, string Name) : ICommand;
