namespace CleanPlatform.Application.Common.Models;

/// <summary>A request or response that names one entity; the audit trail records its id.</summary>
public interface IHasId
{
    Guid Id { get; }
}
