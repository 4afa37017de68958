using CleanPlatform.Application.Identity.CreateApiKey;
using Microsoft.Extensions.Time.Testing;

namespace CleanPlatform.Application.UnitTests.Identity;

public sealed class CreateApiKeyValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly CreateApiKey Valid = new("CI pipeline", [ApiKeyScopes.Read]);

    private static TestValidationResult<CreateApiKey> Validate(CreateApiKey command) =>
        new CreateApiKeyValidator(new FakeTimeProvider(Now)).TestValidate(command);

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void Validate_ExpiryNotInFuture_FailsOnExpiresAt(int seconds)
    {
        var result = Validate(Valid with { ExpiresAt = Now.AddSeconds(seconds) });

        result.ShouldHaveValidationErrorFor(x => x.ExpiresAt).WithErrorMessage("The expiry must be in the future.");
    }

    [Fact]
    public void Validate_ExpiryBeyondMaximumLifetime_FailsOnExpiresAt()
    {
        var result = Validate(Valid with { ExpiresAt = Now.AddDays(ApiKey.MaxLifetimeDays).AddSeconds(1) });

        result.ShouldHaveValidationErrorFor(x => x.ExpiresAt);
    }

    [Fact]
    public void Validate_ExpiryInFuture_Passes()
    {
        var result = Validate(Valid with { ExpiresAt = Now.AddDays(30) });

        result.ShouldNotHaveAnyValidationErrors();
    }

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
