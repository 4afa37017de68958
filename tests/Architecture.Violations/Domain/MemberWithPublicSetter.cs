namespace CleanPlatform.Domain.Identity;

/// <summary>Breaks "no public setters": a class property anyone can set.</summary>
public sealed class MemberWithPublicSetter
{
    /// <summary>Settable from outside the domain.</summary>
    public string Name { get; set; } = "";
}
