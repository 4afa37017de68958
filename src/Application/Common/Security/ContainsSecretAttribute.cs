namespace CleanPlatform.Application.Common.Security;

/// <summary>
/// Put on a response type that carries a secret shown once (an API key, a token). Such a response must
/// never be stored for replay, so no <c>[Idempotent]</c> endpoint may return it: the API refuses to start.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ContainsSecretAttribute : Attribute;
