namespace CleanPlatform.Application.Common.Security;

/// <summary>Names the kind of entity a command changes, for the audit trail.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditedAttribute(string entityType) : Attribute
{
    public string EntityType { get; } = entityType;
}
