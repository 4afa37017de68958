namespace CleanPlatform.Infrastructure.Callers;

/// <summary>
/// The caller a scope was opened for, when it is not the request's: <see cref="SystemWork"/> fills it
/// before anything in the scope asks who is calling.
/// </summary>
internal sealed class CallerSlot
{
    public ICurrentUser? Caller { get; set; }
}
