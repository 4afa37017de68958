using CleanPlatform.Domain.Identity.Events;

namespace CleanPlatform.Application.Identity.SendRegistrationEmail;

/// <summary>
/// E-mails a sign-up's confirmation link, or, when the address already has an account, tells its owner so
/// instead: the sign-up's answer was the same either way, and only the mailbox learns which it was. A new
/// link replaces the one an earlier delivery of the same event sent.
/// </summary>
public sealed class SendRegistrationEmail(IIdentityDb db, IIdentityService identity, ISecrets secrets,
    IEmailSender email, IPublicLinks links, TimeProvider time) : IHandles<RegistrationRequested>
{
    public async Task HandleAsync(RegistrationRequested domainEvent, CancellationToken ct)
    {
        var pending = await db.PendingRegistrations.SingleOrDefaultAsync(p => p.Id == domainEvent.PendingRegistrationId, ct);
        if (pending is null || !pending.IsOpen(time.GetUtcNow()))
            return; // confirmed through an earlier link, or too late to be of use

        if (await identity.HasAccountAsync(pending.Email, ct))
        {
            await email.SendAsync(RegistrationEmails.AccountExists(pending, links), ct);
            return;
        }

        var token = secrets.NewToken();
        pending.SendLink(secrets.Hash(token));
        await db.SaveChangesAsync(ct);
        await email.SendAsync(RegistrationEmails.Confirm(pending, links.Link($"/register/confirm?token={token}")), ct);
    }
}
