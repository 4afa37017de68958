namespace CleanPlatform.Domain.Identity;

/// <summary>Breaks "no public setters": a (non-readonly) record struct's positional property has a setter.</summary>
/// <param name="Start">Settable from outside the domain.</param>
public record struct PeriodWithPublicSetter(DateTimeOffset Start);
