using CleanPlatform.Application.Identity.Register;
using CleanPlatform.Domain.Identity.Events;
using CleanPlatform.Infrastructure.Outbox;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

// Signing up as a browser does: the sign-up, its e-mail, and the link that opens the account.
public abstract partial class ApiFactory
{
    /// <summary>Every e-mail the hosts of this factory sent.</summary>
    public Mailbox Mailbox { get; } = new();

    /// <summary>
    /// Signs up (asserting the 202) and delivers that sign-up's e-mail, and only it; returns the token of the
    /// confirmation link sent to <paramref name="email"/>, or null when that e-mail has none.
    /// </summary>
    public async Task<string?> SignUpAsync(object body, string email, CancellationToken ct, HttpClient? client = null)
    {
        using var own = client is null ? CreateClient() : null;
        var pending = await (await (client ?? own!).PostJsonAsync("/api/v1/identity/register", body, ct))
            .ShouldBeAsync<RegistrationPendingDto>(HttpStatusCode.Accepted);
        await DeliverRegistrationEventAsync(pending.Id, ct);
        return Mailbox.LastConfirmationTokenFor(email);
    }

    /// <summary>
    /// Delivers the e-mail of the sign-up <paramref name="pending"/>, and only it, so other events stay pending for
    /// the test; returns the token of its confirmation link, or null when the e-mail has none.
    /// </summary>
    public async Task<string?> DeliverRegistrationEmailAsync(RegistrationPendingDto pending, CancellationToken ct)
    {
        await DeliverRegistrationEventAsync(pending.Id, ct);
        return Mailbox.LastConfirmationTokenFor(pending.Email);
    }

    /// <summary>Opens the account with the token from its confirmation link.</summary>
    public async Task<HttpResponseMessage> ConfirmAsync(string token, CancellationToken ct, HttpClient? client = null)
    {
        using var own = client is null ? CreateClient() : null;
        return await (client ?? own!).PostJsonAsync("/api/v1/identity/register/confirm", new { token }, ct);
    }

    /// <summary>Signs up and opens the account (asserting the 201); returns its first tokens.</summary>
    public async Task<AuthResponse> SignUpAndConfirmAsync(object body, string email, CancellationToken ct,
        HttpClient? client = null)
    {
        var token = await SignUpAsync(body, email, ct, client)
                    ?? throw new InvalidOperationException($"No confirmation link was sent to {email}.");
        return await (await ConfirmAsync(token, ct, client)).ShouldBeAsync<AuthResponse>(HttpStatusCode.Created);
    }

    private async Task DeliverRegistrationEventAsync(Guid pendingRegistrationId, CancellationToken ct)
    {
        var type = OutboxCatalog.NameOf(typeof(RegistrationRequested));
        var id = pendingRegistrationId.ToString();
        var message = await InDatabaseAsync(db => db.OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Type == type && m.Payload.Contains(id), ct));
        // Delivered as a dispatcher would, so the row is marked delivered and no later claim picks it up.
        var lease = new OutboxLease(Guid.NewGuid(), Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        if (!await Services.GetRequiredService<OutboxDispatcher>().DeliverAsync(message, lease, ct))
            throw new InvalidOperationException("The sign-up's e-mail was not delivered.");
    }
}
