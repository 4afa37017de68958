using CleanPlatform.Application.Platform.ListAuditEntries;
using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.UnitTests.Platform;

public sealed class ListAuditEntriesValidatorTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly ListAuditEntries Valid = new(null, null, null, null, null, null, null);

    private static TestValidationResult<ListAuditEntries> Validate(ListAuditEntries query) =>
        new ListAuditEntriesValidator().TestValidate(query);

    [Fact]
    public void Validate_Defaults_HasNoErrors()
    {
        var result = Validate(Valid);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    [InlineData(-1)]
    public void Validate_PageSizeOutOfRange_FailsOnPageSize(int pageSize)
    {
        var result = Validate(Valid with { PageSize = pageSize });

        result.ShouldHaveValidationErrorFor(x => x.PageSize);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public void Validate_PageSizeAtBound_Passes(int pageSize)
    {
        var result = Validate(Valid with { PageSize = pageSize });

        result.ShouldNotHaveValidationErrorFor(x => x.PageSize);
    }

    [Fact]
    public void Validate_PageZero_FailsOnPage()
    {
        var result = Validate(Valid with { Page = 0 });

        result.ShouldHaveValidationErrorFor(x => x.Page);
    }

    [Fact]
    public void Validate_ToBeforeFrom_FailsOnTo()
    {
        var result = Validate(Valid with { From = From, To = From.AddDays(-1) });

        result.ShouldHaveValidationErrorFor(x => x.To).WithErrorMessage("'to' must be after 'from'.");
    }

    [Fact]
    public void Validate_ToEqualsFrom_FailsOnTo()
    {
        var result = Validate(Valid with { From = From, To = From });

        result.ShouldHaveValidationErrorFor(x => x.To);
    }

    [Fact]
    public void Validate_ToAfterFrom_Passes()
    {
        var result = Validate(Valid with { From = From, To = From.AddDays(1) });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_OnlyTo_Passes()
    {
        var result = Validate(Valid with { To = From });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_UndefinedOutcome_FailsOnOutcome()
    {
        var result = Validate(Valid with { Outcome = (AuditOutcome)99 });

        result.ShouldHaveValidationErrorFor(x => x.Outcome);
    }

    [Fact]
    public void Validate_OverlongEntityId_FailsOnEntityId()
    {
        var result = Validate(Valid with { EntityId = new string('i', AuditEntry.EntityIdMaxLength + 1) });

        result.ShouldHaveValidationErrorFor(x => x.EntityId);
    }
}
