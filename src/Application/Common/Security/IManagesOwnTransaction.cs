namespace CleanPlatform.Application.Common.Security;

/// <summary>
/// A command whose failure must still keep some writes (a failed login counts towards lockout, a
/// reused refresh token revokes its family), so it commits its own atomic steps.
/// </summary>
public interface IManagesOwnTransaction;
