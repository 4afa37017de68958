using Mediator;

namespace CleanPlatform.Application.Identity.GetMember;

/// <summary>Identity's published contract: a query other modules may send.</summary>
public sealed record GetMember(Guid Id) : IQuery<MemberDto>;

/// <summary>Breaks handler naming: found by its interface, but not named <c>GetMemberHandler</c>.</summary>
public sealed class FetchesMember : IQueryHandler<GetMember, MemberDto>
{
    public ValueTask<MemberDto> Handle(GetMember query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new MemberDto(query.Id, "member"));
}
