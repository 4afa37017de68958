using CleanPlatform.Application.Common.Exceptions;
using FluentValidation.Results;

namespace CleanPlatform.Application.UnitTests.Common.Exceptions;

public sealed class ValidationExceptionTests
{
    [Theory]
    [InlineData("Stake.Amount", "stake.amount")]
    [InlineData("Email", "email")]
    [InlineData("Roles[0]", "roles[0]")]
    [InlineData("Order.Lines[2].Quantity", "order.lines[2].quantity")]
    [InlineData("pageSize", "pageSize")]
    [InlineData("", "")]
    public void Errors_PropertyPath_IsCamelCasedPerSegment(string propertyName, string expectedKey)
    {
        var exception = new ValidationException([new ValidationFailure(propertyName, "Invalid.")]);

        exception.Errors.Keys.Should().Equal(expectedKey);
    }

    [Fact]
    public void Errors_TwoFailuresOnOneField_GroupsThemUnderOneKey()
    {
        var exception = new ValidationException(
        [
            new ValidationFailure("Password", "Too short."),
            new ValidationFailure("Password", "Too common."),
            new ValidationFailure("Email", "Not an e-mail."),
        ]);

        exception.Errors.Should().HaveCount(2);
        exception.Errors["password"].Should().Equal("Too short.", "Too common.");
        exception.Errors["email"].Should().Equal("Not an e-mail.");
    }

    [Fact]
    public void Errors_RepeatedMessage_IsListedOnce()
    {
        var exception = new ValidationException(
        [
            new ValidationFailure("Name", "Required."),
            new ValidationFailure("Name", "Required."),
        ]);

        exception.Errors["name"].Should().Equal("Required.");
    }

    [Fact]
    public void Constructor_SingleField_ReportsThatField()
    {
        var exception = new ValidationException("Stake.Amount", "Must be positive.");

        exception.Errors.Should().ContainKey("stake.amount").WhoseValue.Should().Equal("Must be positive.");
    }
}
