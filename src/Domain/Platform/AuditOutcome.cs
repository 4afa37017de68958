namespace CleanPlatform.Domain.Platform;

/// <summary>How an audited command ended.</summary>
public enum AuditOutcome
{
    /// <summary>The command's changes were committed.</summary>
    Succeeded = 1,

    /// <summary>The command was refused or failed; nothing it wrote was kept.</summary>
    Failed = 2,
}
