namespace CleanPlatform.Application.Common.Models;

/// <summary>A query with 1-based <see cref="Page"/> and <see cref="PageSize"/> (≤ 200).</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }
}
