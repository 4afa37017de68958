namespace CleanPlatform.Application.Common.Models;

public static class PageRequest
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;
}
