namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The real <see cref="IIdentityService"/>, except that creating a user writes the user and then fails, as a
/// registration's second write breaking after its rows reached the database. Before failing it records what
/// the command's transaction holds, so a test can show the rollback took back rows that were really written.
/// </summary>
public sealed class UserCreationThatFails(IIdentityService inner, AppDbContext db, UserCreationThatFails.Witness witness)
    : IIdentityService
{
    /// <summary>Puts the decorator around the registered identity service of a test host.</summary>
    public static void Register(IServiceCollection services, Witness witness) =>
        services.Decorate<IIdentityService>((sp, inner) =>
            new UserCreationThatFails(inner, sp.GetRequiredService<AppDbContext>(), witness));

    public async Task<UserAccount> CreateUserAsync(NewUser user, CancellationToken ct)
    {
        var account = await inner.CreateUserAsync(user, ct);
        witness.OrganizationWritten = await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.Id == user.OrganizationId, ct);
        witness.UserWritten = await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Id == account.Id, ct);
        witness.EventsWritten = await db.OutboxMessages.CountAsync(m => m.OrganizationId == user.OrganizationId, ct);
        throw new UserCreationFailedException();
    }

    public Task<UserAccount> CheckPasswordAsync(string email, string password, CancellationToken ct) =>
        inner.CheckPasswordAsync(email, password, ct);

    public Task<string> HashNewPasswordAsync(string email, string password, string field, CancellationToken ct) =>
        inner.HashNewPasswordAsync(email, password, field, ct);

    public Task<bool> HasAccountAsync(string email, CancellationToken ct) => inner.HasAccountAsync(email, ct);

    public Task<bool> IsMemberAsync(string email, Guid organizationId, CancellationToken ct) =>
        inner.IsMemberAsync(email, organizationId, ct);

    public Task<IReadOnlyDictionary<Guid, string>> EmailsOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        inner.EmailsOfAsync(userIds, ct);

    public Task VerifyPasswordAsync(Guid userId, string password, string field, CancellationToken ct) =>
        inner.VerifyPasswordAsync(userId, password, field, ct);

    public Task<UserAccount?> FindByIdAsync(Guid userId, CancellationToken ct) => inner.FindByIdAsync(userId, ct);

    public Task ChangePasswordAsync(Guid userId, string newPassword, CancellationToken ct) =>
        inner.ChangePasswordAsync(userId, newPassword, ct);

    /// <summary>What the failing command's transaction held when the user creation failed.</summary>
    public sealed class Witness
    {
        public bool OrganizationWritten { get; set; }

        public bool UserWritten { get; set; }

        /// <summary>Outbox rows of the organization joined that the transaction held: events raised by what it wrote.</summary>
        public int EventsWritten { get; set; }
    }

    /// <summary>The failure; its name is what the audit trail records as the error.</summary>
    public sealed class UserCreationFailedException() : Exception("The user creation failed after writing the user.");
}
