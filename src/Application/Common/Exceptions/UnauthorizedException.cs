namespace CleanPlatform.Application.Common.Exceptions;

/// <summary>The caller is not (or no longer) authenticated: bad credentials, a dead refresh token.</summary>
public sealed class UnauthorizedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
