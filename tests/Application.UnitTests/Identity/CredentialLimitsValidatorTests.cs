using CleanPlatform.Application.Identity.ChangePassword;
using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Application.Identity.CreateApiKey;
using CleanPlatform.Application.Identity.Login;
using CleanPlatform.Application.Identity.SetUserRoles;
using Microsoft.Extensions.Time.Testing;

namespace CleanPlatform.Application.UnitTests.Identity;

/// <summary>The limits the OpenAPI document states are the ones the validators enforce.</summary>
public sealed class CredentialLimitsValidatorTests
{
    [Theory]
    [InlineData(IdentityRules.EmailMaxLength, true)]
    [InlineData(IdentityRules.EmailMaxLength + 1, false)]
    public void LoginValidator_EmailLength_StopsAtTheMaximum(int length, bool valid)
    {
        var email = new string('a', length - "@example.test".Length) + "@example.test";

        var result = new LoginValidator().TestValidate(new Login(email, "a-password"));

        result.IsValid.Should().Be(valid);
    }

    [Theory]
    [InlineData(IdentityRules.PasswordMaxLength, true)]
    [InlineData(IdentityRules.PasswordMaxLength + 1, false)]
    public void LoginValidator_PasswordLength_StopsAtTheMaximum(int length, bool valid)
    {
        var result = new LoginValidator().TestValidate(new Login("ada@example.test", new string('p', length)));

        result.IsValid.Should().Be(valid);
    }

    [Fact]
    public void ChangePasswordValidator_CurrentPasswordOverTheMaximum_FailsOnCurrentPassword()
    {
        var result = new ChangePasswordValidator().TestValidate(
            new ChangePassword(new string('p', IdentityRules.PasswordMaxLength + 1), "a-brand-new-passphrase"));

        result.ShouldHaveValidationErrorFor(x => x.CurrentPassword);
    }

    [Fact]
    public void SetUserRolesValidator_MoreRolesThanExist_FailsOnRoles()
    {
        var result = new SetUserRolesValidator().TestValidate(
            new SetUserRoles(Guid.NewGuid(), [.. Roles.All, Roles.Admin]));

        result.ShouldHaveValidationErrorFor(x => x.Roles);
    }

    [Fact]
    public void CreateApiKeyValidator_MoreScopesThanExist_FailsOnScopes()
    {
        var validator = new CreateApiKeyValidator(new FakeTimeProvider());

        var result = validator.TestValidate(new CreateApiKey("Twice", [ApiKeyScopes.Read, ApiKeyScopes.Write, ApiKeyScopes.Read]));

        result.ShouldHaveValidationErrorFor(x => x.Scopes);
    }
}
