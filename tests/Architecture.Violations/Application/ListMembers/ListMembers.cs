using Mediator;

namespace CleanPlatform.Application.Identity.ListMembers;

public sealed record ListMembers : IQuery<int>;

/// <summary>Breaks "handlers are public sealed": this one can be derived from.</summary>
#pragma warning disable CA1852 // not sealed on purpose
public class ListMembersHandler : IQueryHandler<ListMembers, int>
#pragma warning restore CA1852
{
    public ValueTask<int> Handle(ListMembers query, CancellationToken cancellationToken) => ValueTask.FromResult(0);
}
