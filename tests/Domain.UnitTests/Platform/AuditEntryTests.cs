using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Domain.UnitTests.Platform;

public sealed class AuditEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);

    private static AuditEntry Record(Guid? organizationId = null, string? userEmail = "ana@example.com",
        string action = "CreateApiKey", string? entityType = "ApiKey", string? entityId = "42",
        string? error = null) =>
        AuditEntry.Record(Now, organizationId, new AuditActor(Guid.NewGuid(), userEmail, null), action, entityType, entityId,
            AuditOutcome.Succeeded, error);

    [Fact]
    public void Record_NoOrganization_UsesEmptyGuid()
    {
        var entry = Record(organizationId: null);

        entry.OrganizationId.Should().Be(Guid.Empty);
    }

    [Fact]
    public void Record_Organization_KeepsIt()
    {
        var organizationId = Guid.NewGuid();

        var entry = Record(organizationId: organizationId);

        entry.OrganizationId.Should().Be(organizationId);
    }

    [Fact]
    public void Record_ShortFields_KeepsThemUnchanged()
    {
        var entry = Record(error: "api_key.no_scope");

        entry.Action.Should().Be("CreateApiKey");
        entry.EntityType.Should().Be("ApiKey");
        entry.EntityId.Should().Be("42");
        entry.UserEmail.Should().Be("ana@example.com");
        entry.Error.Should().Be("api_key.no_scope");
        entry.OccurredAt.Should().Be(Now);
    }

    [Fact]
    public void Record_OverlongFields_TruncatesEachToItsLimit()
    {
        var entry = Record(userEmail: new string('e', 300), action: new string('a', 200),
            entityType: new string('t', 200), entityId: new string('i', 100), error: new string('x', 200));

        entry.UserEmail.Should().Be(new string('e', AuditEntry.EmailMaxLength));
        entry.Action.Should().Be(new string('a', AuditEntry.NameMaxLength));
        entry.EntityType.Should().Be(new string('t', AuditEntry.NameMaxLength));
        entry.EntityId.Should().Be(new string('i', AuditEntry.EntityIdMaxLength));
        entry.Error.Should().Be(new string('x', AuditEntry.NameMaxLength));
    }

    [Fact]
    public void Record_FieldsExactlyAtLimit_KeepsThemWhole()
    {
        var action = new string('a', AuditEntry.NameMaxLength);
        var entityId = new string('i', AuditEntry.EntityIdMaxLength);

        var entry = Record(action: action, entityId: entityId);

        entry.Action.Should().Be(action);
        entry.EntityId.Should().Be(entityId);
    }

    [Fact]
    public void Record_NullOptionalFields_KeepsNulls()
    {
        var entry = Record(userEmail: null, entityType: null, entityId: null, error: null);

        entry.UserEmail.Should().BeNull();
        entry.EntityType.Should().BeNull();
        entry.EntityId.Should().BeNull();
        entry.Error.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Record_BlankAction_ThrowsArgumentException(string action)
    {
        var act = () => Record(action: action);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Record_SystemActor_KeepsItsNameAndNoUser()
    {
        var entry = AuditEntry.Record(Now, Guid.NewGuid(), new AuditActor(null, null, "PurgeEndedInvitations"),
            "PurgeEndedInvitations", "Invitation", null, AuditOutcome.Succeeded, null);

        entry.SystemName.Should().Be("PurgeEndedInvitations");
        entry.UserId.Should().BeNull();
        entry.UserEmail.Should().BeNull();
    }

    [Fact]
    public void Record_LongSystemName_IsCutAtTheNameLimit()
    {
        var entry = AuditEntry.Record(Now, null, new AuditActor(null, null, new string('s', 300)), "Job", null, null,
            AuditOutcome.Succeeded, null);

        entry.SystemName.Should().Be(new string('s', AuditEntry.NameMaxLength));
    }
}
