using CleanPlatform.Application.Identity.ChangePassword;

namespace CleanPlatform.Application.UnitTests.Identity;

public sealed class ChangePasswordValidatorTests
{
    private static TestValidationResult<ChangePassword> Validate(string current, string next) =>
        new ChangePasswordValidator().TestValidate(new ChangePassword(current, next));

    [Fact]
    public void Validate_DifferentValidPasswords_HasNoErrors()
    {
        var result = Validate("old-password-1", "new-password-2");

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_NewEqualsCurrent_FailsOnNewPassword()
    {
        var result = Validate("same-password-1", "same-password-1");

        result.ShouldHaveValidationErrorFor(x => x.NewPassword)
            .WithErrorMessage("The new password must differ from the current one.");
    }

    [Fact]
    public void Validate_ShortNewPassword_FailsOnNewPassword()
    {
        var result = Validate("old-password-1", "short");

        result.ShouldHaveValidationErrorFor(x => x.NewPassword);
    }

    [Fact]
    public void Validate_EmptyCurrentPassword_FailsOnCurrentPassword()
    {
        var result = Validate("", "new-password-2");

        result.ShouldHaveValidationErrorFor(x => x.CurrentPassword);
    }
}
