using CleanPlatform.Application.Identity.CreateApiKey;
using CleanPlatform.Domain.Identity;
using FluentValidation.TestHelper;

namespace CleanPlatform.Application.UnitTests.Identity;

public sealed class CreateApiKeyValidatorTests
{
    private static readonly CreateApiKey Valid = new("CI pipeline", [ApiKeyScopes.Read]);

    private static TestValidationResult<CreateApiKey> Validate(CreateApiKey command) =>
        new CreateApiKeyValidator().TestValidate(command);

    [Fact]
    public void Validate_ValidCommand_HasNoErrors()
    {
        var result = Validate(Valid);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_EmptyScopes_FailsOnScopes()
    {
        var result = Validate(Valid with { Scopes = [] });

        result.ShouldHaveValidationErrorFor(x => x.Scopes).WithErrorMessage("Choose at least one scope.");
    }

    [Fact]
    public void Validate_NoneScope_FailsOnThatScope()
    {
        var result = Validate(Valid with { Scopes = [ApiKeyScopes.Read, ApiKeyScopes.None] });

        result.ShouldHaveValidationErrorFor("Scopes[1]");
    }

    [Fact]
    public void Validate_UndefinedScope_FailsOnThatScope()
    {
        var result = Validate(Valid with { Scopes = [(ApiKeyScopes)8] });

        result.ShouldHaveValidationErrorFor("Scopes[0]");
    }

    [Fact]
    public void Validate_NameOneOverMaximum_FailsOnName()
    {
        var result = Validate(Valid with { Name = new string('n', ApiKey.NameMaxLength + 1) });

        result.ShouldHaveValidationErrorFor(x => x.Name);
    }

    [Fact]
    public void Validate_NameAtMaximum_Passes()
    {
        var result = Validate(Valid with { Name = new string('n', ApiKey.NameMaxLength) });

        result.ShouldNotHaveValidationErrorFor(x => x.Name);
    }

    [Fact]
    public void Validate_EmptyName_FailsOnName()
    {
        var result = Validate(Valid with { Name = "" });

        result.ShouldHaveValidationErrorFor(x => x.Name);
    }
}
