using CleanPlatform.Application.Identity.RenameMember;
using Mediator;

// Breaks "a handler lives beside its request": this one sits a namespace above RenameMember.
namespace CleanPlatform.Application.Identity;

public sealed class RenameMemberHandler : ICommandHandler<RenameMember.RenameMember>
{
    public ValueTask<Unit> Handle(RenameMember.RenameMember command, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Unit.Value);
}
