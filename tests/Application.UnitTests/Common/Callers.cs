using CleanPlatform.Application.Common.Interfaces;
using NSubstitute;

namespace CleanPlatform.Application.UnitTests.Common;

/// <summary>Builds the current caller as the Api layer would resolve it.</summary>
internal static class Callers
{
    public static ICurrentUser Anonymous()
    {
        // NSubstitute answers "" for an unset string; an anonymous caller has no e-mail at all.
        var user = Substitute.For<ICurrentUser>();
        user.Email.Returns((string?)null);
        user.Roles.Returns([]);
        return user;
    }

    public static ICurrentUser InRoles(params string[] roles)
    {
        var user = Substitute.For<ICurrentUser>();
        user.UserId.Returns(Guid.NewGuid());
        user.OrganizationId.Returns(Guid.NewGuid());
        user.Email.Returns("ana@example.com");
        user.Roles.Returns(roles);
        return user;
    }

    /// <summary>Background work (a job, the command line) acting inside one organization.</summary>
    public static ICurrentUser SystemWork(Guid? organizationId)
    {
        var user = Substitute.For<ICurrentUser>();
        user.UserId.Returns((Guid?)null);
        user.Email.Returns((string?)null);
        user.OrganizationId.Returns(organizationId);
        user.SystemName.Returns("CommandLine");
        user.Roles.Returns([]);
        return user;
    }

    public static ICurrentUser PlatformAdmin()
    {
        var user = InRoles();
        user.IsPlatformAdmin.Returns(true);
        return user;
    }
}
