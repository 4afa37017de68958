using CleanPlatform.Application.Common.Behaviours;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.UnitTests.Common;
using Mediator;

namespace CleanPlatform.Application.UnitTests.Common.Behaviours;

public sealed class AuthorizationBehaviourTests
{
    private sealed record OpenQuery : IQuery<int>;

    [Authorize]
    private sealed record SignedInCommand : ICommand<int>;

    [Authorize(Roles.Admin)]
    private sealed record AdminOnlyCommand : ICommand<int>;

    [Authorize(Roles.Admin, Roles.Advisor)]
    private sealed record AdminOrAdvisorCommand : ICommand<int>;

    [Authorize(Roles.Admin), Authorize(Roles.Member)]
    private sealed record AdminAndMemberCommand : ICommand<int>;

    [Authorize(PlatformAdmin = true)]
    private sealed record PlatformAdminCommand : ICommand<int>;

    [Authorize(Interactive = true)]
    private sealed record CredentialsCommand : ICommand<int>;

    // Each case sends its message as its own type: the behaviour reads the attributes of the message's type.
    private static readonly Dictionary<string, Func<ValueTask<int>>> Permitted = new()
    {
        ["NoAttributeAndAnonymous"] = () => Handle(Callers.Anonymous(), new OpenQuery()),
        ["AuthorizeAndSignedInWithoutRoles"] = () => Handle(Callers.InRoles(), new SignedInCommand()),
        ["RightRole"] = () => Handle(Callers.InRoles(Roles.Admin), new AdminOnlyCommand()),
        ["AnyOfAttributeRoles"] = () => Handle(Callers.InRoles(Roles.Advisor), new AdminOrAdvisorCommand()),
        ["BothAttributesMet"] = () => Handle(Callers.InRoles(Roles.Admin, Roles.Member), new AdminAndMemberCommand()),
        ["PlatformAdminWithoutRole"] = () => Handle(Callers.PlatformAdmin(), new AdminOnlyCommand()),
        ["PlatformAdminRequiredAndPlatformAdmin"] = () => Handle(Callers.PlatformAdmin(), new PlatformAdminCommand()),
        ["RoleRequiredAndSystemWorkInAnOrganization"] = () => Handle(Callers.SystemWork(Guid.NewGuid()), new AdminAndMemberCommand()),
    };

    private static readonly Dictionary<string, Func<ValueTask<int>>> Forbidden = new()
    {
        ["WrongRole"] = () => Handle(Callers.InRoles(Roles.Member), new AdminOnlyCommand()),
        ["RoleWithDifferentCase"] = () => Handle(Callers.InRoles("admin"), new AdminOnlyCommand()),
        ["OnlyOneOfTwoAttributesMet"] = () => Handle(Callers.InRoles(Roles.Admin), new AdminAndMemberCommand()),
        ["PlatformAdminRequiredAndOrganizationAdmin"] = () => Handle(Callers.InRoles(Roles.Admin), new PlatformAdminCommand()),
        ["CredentialsAndSystemWork"] = () => Handle(Callers.SystemWork(Guid.NewGuid()), new CredentialsCommand()),
        ["PlatformAndSystemWork"] = () => Handle(Callers.SystemWork(Guid.NewGuid()), new PlatformAdminCommand()),
    };

    private static readonly Dictionary<string, Func<ValueTask<int>>> Unauthorized = new()
    {
        ["RoleRequiredAndAnonymous"] = () => Handle(Callers.Anonymous(), new AdminOnlyCommand()),
        ["SystemWorkAcrossOrganizations"] = () => Handle(Callers.SystemWork(null), new SignedInCommand()),
    };

    public static TheoryData<string> PermittedCases => [.. Permitted.Keys];

    public static TheoryData<string> ForbiddenCases => [.. Forbidden.Keys];

    public static TheoryData<string> UnauthorizedCases => [.. Unauthorized.Keys];

    private static ValueTask<int> Handle<TMessage>(ICurrentUser user, TMessage message)
        where TMessage : IMessage =>
        new AuthorizationBehaviour<TMessage, int>(user).Handle(message, (_, _) => ValueTask.FromResult(42),
            TestContext.Current.CancellationToken);

    [Theory]
    [MemberData(nameof(PermittedCases))]
    public async Task Handle_Permitted_CallsNext(string @case)
    {
        var response = await Permitted[@case]();

        response.Should().Be(42);
    }

    [Theory]
    [MemberData(nameof(ForbiddenCases))]
    public async Task Handle_NotPermitted_ThrowsForbidden(string @case)
    {
        var act = async () => await Forbidden[@case]();

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Theory]
    [MemberData(nameof(UnauthorizedCases))]
    public async Task Handle_NotSignedIn_ThrowsUnauthorized(string @case)
    {
        var act = async () => await Unauthorized[@case]();

        await act.Should().ThrowAsync<UnauthorizedException>();
    }

    [Fact]
    public async Task Handle_AuthorizeAndAnonymous_ThrowsUnauthorized()
    {
        var act = async () => await Handle(Callers.Anonymous(), new SignedInCommand());

        (await act.Should().ThrowAsync<UnauthorizedException>()).Which.Code.Should().Be("auth.required");
    }
}
