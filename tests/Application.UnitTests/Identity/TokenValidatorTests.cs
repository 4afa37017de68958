using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Application.Identity.Logout;
using CleanPlatform.Application.Identity.RefreshTokens;

namespace CleanPlatform.Application.UnitTests.Identity;

public sealed class TokenValidatorTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(IdentityRules.TokenMaxLength, true)]
    [InlineData(IdentityRules.TokenMaxLength + 1, false)]
    public void RefreshTokensValidator_TokenLength_AcceptsOnlyOneToMaximum(int length, bool valid)
    {
        var result = new RefreshTokensValidator().TestValidate(new RefreshTokens(new string('t', length)));

        result.IsValid.Should().Be(valid);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(IdentityRules.TokenMaxLength, true)]
    [InlineData(IdentityRules.TokenMaxLength + 1, false)]
    public void LogoutValidator_TokenLength_AcceptsOnlyOneToMaximum(int length, bool valid)
    {
        var result = new LogoutValidator().TestValidate(new Logout(new string('t', length)));

        result.IsValid.Should().Be(valid);
    }
}
