namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class OrganizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Open_NameWithSurroundingSpaces_TrimsName()
    {
        var organization = Organization.Open("  Acme Advisors \t", Plan.Free, Now);

        organization.Name.Should().Be("Acme Advisors");
    }

    [Fact]
    public void Open_ValidInput_SetsPlanAndTimeOrderedId()
    {
        var organization = Organization.Open("Acme", Plan.Pro, Now);

        organization.PlanCode.Should().Be(Plan.Pro);
        organization.Id.Version.Should().Be(7);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Open_BlankName_ThrowsArgumentException(string name)
    {
        var act = () => Organization.Open(name, Plan.Free, Now);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Open_BlankPlanCode_ThrowsArgumentException()
    {
        var act = () => Organization.Open("Acme", " ", Now);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ChangePlan_NewCode_ReplacesPlan()
    {
        var organization = Organization.Open("Acme", Plan.Free, Now);

        organization.ChangePlan(Plan.Enterprise);

        organization.PlanCode.Should().Be(Plan.Enterprise);
    }
}
