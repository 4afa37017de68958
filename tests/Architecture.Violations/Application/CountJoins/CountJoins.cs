using CleanPlatform.Application.Identity.GetMember;
using Mediator;

namespace CleanPlatform.Application.Platform.CountJoins;

/// <summary>Keeps module isolation: Platform sends Identity's query and reads its DTO, both contracts.</summary>
public sealed record CountJoins(Guid MemberId) : IQuery<int>;

public sealed class CountJoinsHandler(ISender sender) : IQueryHandler<CountJoins, int>
{
    public async ValueTask<int> Handle(CountJoins query, CancellationToken cancellationToken)
    {
        MemberDto member = await sender.Send(new GetMember(query.MemberId), cancellationToken);
        return member.Name.Length;
    }
}
