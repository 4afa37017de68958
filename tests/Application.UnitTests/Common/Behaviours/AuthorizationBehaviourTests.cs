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

    private static ValueTask<int> Handle<TMessage>(ICurrentUser user, TMessage message)
        where TMessage : IMessage =>
        new AuthorizationBehaviour<TMessage, int>(user).Handle(message, (_, _) => ValueTask.FromResult(42),
            TestContext.Current.CancellationToken);

    [Fact]
    public async Task Handle_NoAttributeAndAnonymous_CallsNext()
    {
        var response = await Handle(Callers.Anonymous(), new OpenQuery());

        response.Should().Be(42);
    }

    [Fact]
    public async Task Handle_AuthorizeAndAnonymous_ThrowsUnauthorized()
    {
        var act = async () => await Handle(Callers.Anonymous(), new SignedInCommand());

        (await act.Should().ThrowAsync<UnauthorizedException>()).Which.Code.Should().Be("auth.required");
    }

    [Fact]
    public async Task Handle_RoleRequiredAndAnonymous_ThrowsUnauthorized()
    {
        var act = async () => await Handle(Callers.Anonymous(), new AdminOnlyCommand());

        await act.Should().ThrowAsync<UnauthorizedException>();
    }

    [Fact]
    public async Task Handle_AuthorizeAndSignedInWithoutRoles_CallsNext()
    {
        var response = await Handle(Callers.InRoles(), new SignedInCommand());

        response.Should().Be(42);
    }

    [Fact]
    public async Task Handle_WrongRole_ThrowsForbidden()
    {
        var act = async () => await Handle(Callers.InRoles(Roles.Member), new AdminOnlyCommand());

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Fact]
    public async Task Handle_RightRole_CallsNext()
    {
        var response = await Handle(Callers.InRoles(Roles.Admin), new AdminOnlyCommand());

        response.Should().Be(42);
    }

    [Fact]
    public async Task Handle_RoleWithDifferentCase_ThrowsForbidden()
    {
        var act = async () => await Handle(Callers.InRoles("admin"), new AdminOnlyCommand());

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Fact]
    public async Task Handle_AnyOfAttributeRoles_CallsNext()
    {
        var response = await Handle(Callers.InRoles(Roles.Advisor), new AdminOrAdvisorCommand());

        response.Should().Be(42);
    }

    [Fact]
    public async Task Handle_OnlyOneOfTwoAttributesMet_ThrowsForbidden()
    {
        var act = async () => await Handle(Callers.InRoles(Roles.Admin), new AdminAndMemberCommand());

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Fact]
    public async Task Handle_BothAttributesMet_CallsNext()
    {
        var response = await Handle(Callers.InRoles(Roles.Admin, Roles.Member), new AdminAndMemberCommand());

        response.Should().Be(42);
    }

    [Fact]
    public async Task Handle_PlatformAdminWithoutRole_PassesRoleCheck()
    {
        var response = await Handle(Callers.PlatformAdmin(), new AdminOnlyCommand());

        response.Should().Be(42);
    }

    [Fact]
    public async Task Handle_PlatformAdminRequiredAndOrganizationAdmin_ThrowsForbidden()
    {
        var act = async () => await Handle(Callers.InRoles(Roles.Admin), new PlatformAdminCommand());

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Fact]
    public async Task Handle_PlatformAdminRequiredAndPlatformAdmin_CallsNext()
    {
        var response = await Handle(Callers.PlatformAdmin(), new PlatformAdminCommand());

        response.Should().Be(42);
    }

    [Authorize(Interactive = true)]
    private sealed record CredentialsCommand : ICommand<int>;

    [Fact]
    public async Task Handle_RoleRequiredAndSystemWorkInAnOrganization_CallsNext()
    {
        var response = await Handle(Callers.SystemWork(Guid.NewGuid()), new AdminAndMemberCommand());

        response.Should().Be(42);
    }

    [Fact]
    public async Task Handle_SystemWorkAcrossOrganizations_ThrowsUnauthorized()
    {
        var act = async () => await Handle(Callers.SystemWork(null), new SignedInCommand());

        await act.Should().ThrowAsync<UnauthorizedException>();
    }

    [Fact]
    public async Task Handle_CredentialsOrPlatformAndSystemWork_ThrowsForbidden()
    {
        var credentials = async () => await Handle(Callers.SystemWork(Guid.NewGuid()), new CredentialsCommand());
        var platform = async () => await Handle(Callers.SystemWork(Guid.NewGuid()), new PlatformAdminCommand());

        await credentials.Should().ThrowAsync<ForbiddenException>();
        await platform.Should().ThrowAsync<ForbiddenException>();
    }
}
