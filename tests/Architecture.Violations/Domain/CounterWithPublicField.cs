namespace CleanPlatform.Domain.Identity;

/// <summary>Breaks "no public setters": a public field is a setter by another name.</summary>
public sealed class CounterWithPublicField
{
    /// <summary>Writable from outside the domain.</summary>
#pragma warning disable CA1051 // the public field is the point of this type
    public int Count;
#pragma warning restore CA1051
}
