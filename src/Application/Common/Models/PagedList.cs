namespace CleanPlatform.Application.Common.Models;

/// <summary>One page of a list, with the total for pagers.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);
