using CleanPlatform.Application.Identity.SetUserRoles;

namespace CleanPlatform.Application.UnitTests.Identity;

public sealed class SetUserRolesValidatorTests
{
    private static TestValidationResult<SetUserRoles> Validate(params string[] roles) =>
        new SetUserRolesValidator().TestValidate(new SetUserRoles(Guid.NewGuid(), roles));

    [Fact]
    public void Validate_KnownRoles_HasNoErrors()
    {
        var result = Validate(Roles.Admin, Roles.Viewer);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("Owner")]
    [InlineData("admin")]
    [InlineData("")]
    public void Validate_UnknownRole_FailsOnThatRole(string role)
    {
        var result = Validate(Roles.Member, role);

        result.ShouldHaveValidationErrorFor("Roles[1]");
    }

    [Fact]
    public void Validate_NoRoles_FailsOnRoles()
    {
        var result = Validate();

        result.ShouldHaveValidationErrorFor(x => x.Roles).WithErrorMessage("A user needs at least one role.");
    }
}
