using CleanPlatform.Application.Identity.Register;

namespace CleanPlatform.Application.UnitTests.Identity;

public sealed class RegisterValidatorTests
{
    private static readonly Register Valid = new("ana@example.com", "correct-horse-battery", "Ana", null);

    private static TestValidationResult<Register> Validate(Register command) =>
        new RegisterValidator().TestValidate(command);

    [Fact]
    public void Validate_ValidCommand_HasNoErrors()
    {
        var result = Validate(Valid);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("@example.com")]
    public void Validate_BadEmail_FailsOnEmail(string email)
    {
        var result = Validate(Valid with { Email = email });

        result.ShouldHaveValidationErrorFor(x => x.Email);
    }

    [Fact]
    public void Validate_PasswordOneShortOfMinimum_FailsOnPassword()
    {
        var result = Validate(Valid with { Password = new string('p', 9) });

        result.ShouldHaveValidationErrorFor(x => x.Password);
    }

    [Fact]
    public void Validate_PasswordAtMinimum_Passes()
    {
        var result = Validate(Valid with { Password = new string('p', 10) });

        result.ShouldNotHaveValidationErrorFor(x => x.Password);
    }

    [Fact]
    public void Validate_MissingDisplayName_FailsOnDisplayName()
    {
        var result = Validate(Valid with { DisplayName = "" });

        result.ShouldHaveValidationErrorFor(x => x.DisplayName);
    }

    [Fact]
    public void Validate_OverlongOrganizationName_FailsOnOrganizationName()
    {
        var result = Validate(Valid with { OrganizationName = new string('o', 121) });

        result.ShouldHaveValidationErrorFor(x => x.OrganizationName);
    }

    [Fact]
    public void Validate_EveryFieldInvalid_ReportsAllFailuresAtOnce()
    {
        var result = Validate(new Register("nope", "short", "", new string('o', 121)));

        result.Errors.Select(e => e.PropertyName).Distinct().Should()
            .BeEquivalentTo("Email", "Password", "DisplayName", "OrganizationName");
    }
}
