namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class RolesTests
{
    [Theory]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Advisor, true)]
    [InlineData(Roles.Member, true)]
    [InlineData(Roles.Viewer, true)]
    [InlineData("admin", false)]
    [InlineData("Owner", false)]
    [InlineData("", false)]
    public void IsKnown_Role_MatchesExactSpellingOnly(string role, bool expected)
    {
        var known = Roles.IsKnown(role);

        known.Should().Be(expected);
    }
}
