namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class UserAdministrationTests
{
    private static readonly Guid Organization = Guid.CreateVersion7();
    private static readonly Guid OtherOrganization = Guid.CreateVersion7();
    private static readonly UserAdministrator Admin = new(Guid.CreateVersion7(), Organization, IsPlatformAdmin: false);
    private static readonly UserAdministrator Operator = new(Guid.CreateVersion7(), OtherOrganization, IsPlatformAdmin: true);
    private static readonly AdministeredUser Member = new(Guid.CreateVersion7(), Organization, IsPlatformAdmin: false);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RefusalToSetActive_MemberOfTheSameOrganization_IsNone(bool active)
    {
        var refusal = UserAdministration.RefusalToSetActive(Admin, Member, active);

        refusal.Should().Be(UserChangeRefusal.None);
    }

    [Fact]
    public void RefusalToSetActive_DeactivatingThemselves_IsOwnDeactivation()
    {
        var refusal = UserAdministration.RefusalToSetActive(Admin, Self(Admin), active: false);

        refusal.Should().Be(UserChangeRefusal.OwnDeactivation);
    }

    [Fact]
    public void RefusalToSetActive_PlatformAdminDeactivatingThemselves_IsOwnDeactivation()
    {
        var refusal = UserAdministration.RefusalToSetActive(Operator, Self(Operator, isPlatformAdmin: true), active: false);

        refusal.Should().Be(UserChangeRefusal.OwnDeactivation);
    }

    [Fact]
    public void RefusalToSetActive_ReactivatingThemselves_IsNone()
    {
        var refusal = UserAdministration.RefusalToSetActive(Admin, Self(Admin), active: true);

        refusal.Should().Be(UserChangeRefusal.None);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RefusalToSetActive_UserOfAnotherOrganization_IsOtherOrganization(bool active)
    {
        var stranger = new AdministeredUser(Guid.CreateVersion7(), OtherOrganization, IsPlatformAdmin: false);

        var refusal = UserAdministration.RefusalToSetActive(Admin, stranger, active);

        refusal.Should().Be(UserChangeRefusal.OtherOrganization);
    }

    [Fact]
    public void RefusalToSetActive_PlatformAdminsAccountByTheirOrganizationsAdmin_IsPlatformAdminAccount()
    {
        var platformAdmin = new AdministeredUser(Guid.CreateVersion7(), Organization, IsPlatformAdmin: true);

        var refusal = UserAdministration.RefusalToSetActive(Admin, platformAdmin, active: false);

        refusal.Should().Be(UserChangeRefusal.PlatformAdminAccount);
    }

    [Fact]
    public void RefusalToSetActive_PlatformAdminAndAnotherOrganizationsMember_IsNone()
    {
        var refusal = UserAdministration.RefusalToSetActive(Operator, Member, active: false);

        refusal.Should().Be(UserChangeRefusal.None);
    }

    [Fact]
    public void RefusalToSetActive_PlatformAdminAndAnotherPlatformAdminsAccount_IsNone()
    {
        var otherOperator = new AdministeredUser(Guid.CreateVersion7(), Organization, IsPlatformAdmin: true);

        var refusal = UserAdministration.RefusalToSetActive(Operator, otherOperator, active: false);

        refusal.Should().Be(UserChangeRefusal.None);
    }

    [Fact]
    public void RefusalToSetActive_BackgroundWorkOfTheOrganization_IsNone()
    {
        var job = new UserAdministrator(UserId: null, Organization, IsPlatformAdmin: false);

        var refusal = UserAdministration.RefusalToSetActive(job, Member, active: false);

        refusal.Should().Be(UserChangeRefusal.None);
    }

    [Fact]
    public void RefusalToSetRoles_MemberOfTheSameOrganization_IsNone()
    {
        var refusal = UserAdministration.RefusalToSetRoles(Admin, Member, [Roles.Advisor, Roles.Viewer]);

        refusal.Should().Be(UserChangeRefusal.None);
    }

    [Fact]
    public void RefusalToSetRoles_DroppingTheirOwnAdminRole_IsOwnAdminRole()
    {
        var refusal = UserAdministration.RefusalToSetRoles(Admin, Self(Admin), [Roles.Member]);

        refusal.Should().Be(UserChangeRefusal.OwnAdminRole);
    }

    [Fact]
    public void RefusalToSetRoles_KeepingTheirOwnAdminRole_IsNone()
    {
        var refusal = UserAdministration.RefusalToSetRoles(Admin, Self(Admin), [Roles.Viewer, Roles.Admin]);

        refusal.Should().Be(UserChangeRefusal.None);
    }

    [Theory]
    [InlineData("Overlord")]
    [InlineData("admin")]
    public void RefusalToSetRoles_UnknownRole_IsUnknownRole(string role)
    {
        var refusal = UserAdministration.RefusalToSetRoles(Admin, Member, [Roles.Member, role]);

        refusal.Should().Be(UserChangeRefusal.UnknownRole);
    }

    [Fact]
    public void RefusalToSetRoles_UserOfAnotherOrganization_IsOtherOrganization()
    {
        var stranger = new AdministeredUser(Guid.CreateVersion7(), OtherOrganization, IsPlatformAdmin: false);

        var refusal = UserAdministration.RefusalToSetRoles(Admin, stranger, [Roles.Viewer]);

        refusal.Should().Be(UserChangeRefusal.OtherOrganization);
    }

    [Fact]
    public void RefusalToSetRoles_PlatformAdminsAccountByTheirOrganizationsAdmin_IsPlatformAdminAccount()
    {
        var platformAdmin = new AdministeredUser(Guid.CreateVersion7(), Organization, IsPlatformAdmin: true);

        var refusal = UserAdministration.RefusalToSetRoles(Admin, platformAdmin, [Roles.Viewer]);

        refusal.Should().Be(UserChangeRefusal.PlatformAdminAccount);
    }

    [Fact]
    public void RefusalToSetRoles_PlatformAdminAndAnotherOrganizationsMember_IsNone()
    {
        var refusal = UserAdministration.RefusalToSetRoles(Operator, Member, [Roles.Admin]);

        refusal.Should().Be(UserChangeRefusal.None);
    }

    private static AdministeredUser Self(UserAdministrator admin, bool isPlatformAdmin = false) =>
        new(admin.UserId!.Value, admin.OrganizationId!.Value, isPlatformAdmin);

    private static readonly AdministeredUser LastAdmin =
        new(Guid.CreateVersion7(), Organization, IsPlatformAdmin: false, IsLastActiveAdmin: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RefusalToSetActive_DeactivatingTheLastActiveAdmin_IsLastActiveAdminForEveryone(bool byOperator)
    {
        var refusal = UserAdministration.RefusalToSetActive(byOperator ? Operator : Admin, LastAdmin, active: false);

        refusal.Should().Be(UserChangeRefusal.LastActiveAdmin);
    }

    [Fact]
    public void RefusalToSetActive_ReactivatingTheLastActiveAdmin_IsNone() =>
        UserAdministration.RefusalToSetActive(Operator, LastAdmin, active: true).Should().Be(UserChangeRefusal.None);

    [Theory]
    [InlineData(new[] { Roles.Member }, UserChangeRefusal.LastActiveAdmin)]
    [InlineData(new[] { Roles.Admin, Roles.Advisor }, UserChangeRefusal.None)]
    public void RefusalToSetRoles_LastActiveAdmin_MayNotLoseTheAdminRole(string[] roles, UserChangeRefusal expected) =>
        UserAdministration.RefusalToSetRoles(Operator, LastAdmin, roles).Should().Be(expected);

    [Fact]
    public void RefusalToSetRoles_LastActiveAdminOfAnotherOrganization_IsOtherOrganizationFirst() =>
        UserAdministration.RefusalToSetRoles(new UserAdministrator(Guid.CreateVersion7(), OtherOrganization, false),
            LastAdmin, [Roles.Member]).Should().Be(UserChangeRefusal.OtherOrganization);
}
