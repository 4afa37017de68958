namespace CleanPlatform.Domain.Common;

/// <summary>A broken business rule, with a stable code that clients and tests can rely on.</summary>
public sealed class DomainException : Exception
{
    /// <summary>Creates the exception with a stable code such as <c>api_key.already_revoked</c>.</summary>
    public DomainException(string code, string message) : base(message) => Code = code;

    /// <summary>Stable, dotted, lower-case rule code.</summary>
    public string Code { get; }
}
