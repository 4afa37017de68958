namespace CleanPlatform.Domain.Identity;

/// <summary>What an API key may do.</summary>
[Flags]
public enum ApiKeyScopes
{
    /// <summary>Nothing: never stored.</summary>
    None = 0,

    /// <summary>Safe methods (GET, HEAD).</summary>
    Read = 1,

    /// <summary>State-changing methods.</summary>
    Write = 2,
}
