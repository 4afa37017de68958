namespace CleanPlatform.Application.Common.Security;

/// <summary>
/// Put on a request type: the caller must be authenticated and, when <see cref="Roles"/> are named,
/// hold one of them. <see cref="PlatformAdmin"/> requires the platform operator.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;

    public bool PlatformAdmin { get; init; }
}
