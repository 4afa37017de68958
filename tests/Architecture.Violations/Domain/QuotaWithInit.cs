namespace CleanPlatform.Domain.Identity;

/// <summary>Breaks "no public setters": a positional record's <c>init</c> lets <c>with</c> skip the constructor.</summary>
/// <param name="Limit">Settable from outside the domain through <c>with</c>.</param>
public sealed record QuotaWithInit(int Limit);
