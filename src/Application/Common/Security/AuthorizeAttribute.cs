namespace CleanPlatform.Application.Common.Security;

/// <summary>
/// Put on a request type: the caller must be authenticated and, when <see cref="Roles"/> are named,
/// hold one of them. <see cref="PlatformAdmin"/> requires the platform operator. <see cref="Interactive"/>
/// refuses API keys: managing credentials needs a signed-in person, so a leaked key cannot mint keys
/// or lock its owner out.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;

    public bool PlatformAdmin { get; init; }

    public bool Interactive { get; init; }
}
