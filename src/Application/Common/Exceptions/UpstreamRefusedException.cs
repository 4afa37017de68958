namespace CleanPlatform.Application.Common.Exceptions;

/// <summary>
/// A provider the platform calls on the caller's behalf refused or failed the call (a refused key, a rate limit):
/// not the platform's fault nor a mistake in the request. Becomes a 502 problem with <see cref="Title"/> and
/// <see cref="Code"/>.
/// </summary>
public sealed class UpstreamRefusedException(string code, string title, string message) : Exception(message)
{
    public string Code { get; } = code;

    public string Title { get; } = title;
}
