using CleanPlatform.Application.Common.Models;

namespace CleanPlatform.Application.UnitTests.Common.Models;

public sealed class PagedQueryValidatorTests
{
    private sealed record Paged(int Page, int PageSize) : IPagedQuery;

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(1, PageRequest.MaxPageSize, true)]
    [InlineData(1, PageRequest.MaxPageSize + 1, false)]
    [InlineData(1, 0, false)]
    [InlineData(0, 50, false)]
    [InlineData(int.MaxValue, 50, true)]
    public void Validate_PageAndSize_AcceptsOnlyPositivePageAndSizeUpToMaximum(int page, int pageSize, bool valid)
    {
        var result = new PagedQueryValidator().TestValidate(new Paged(page, pageSize));

        result.IsValid.Should().Be(valid);
    }
}
