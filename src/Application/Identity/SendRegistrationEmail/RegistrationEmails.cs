namespace CleanPlatform.Application.Identity.SendRegistrationEmail;

/// <summary>The texts of the two e-mails a sign-up can get.</summary>
internal static class RegistrationEmails
{
    public static EmailMessage Confirm(PendingRegistration pending, Uri link) => new(pending.Email,
        "Confirm your e-mail address for CleanPlatform",
        $"""
         Hello {pending.DisplayName},

         To finish opening your CleanPlatform account, open this link within {PendingRegistration.Lifetime.TotalHours:0} hours:

         {link}

         If you did not sign up, ignore this e-mail: no account is opened without the link.
         """);

    public static EmailMessage AccountExists(PendingRegistration pending, IPublicLinks links) => new(pending.Email,
        "You already have a CleanPlatform account",
        $"""
         Hello,

         Someone, perhaps you, tried to sign up with this e-mail address, which already has a CleanPlatform account.
         To use it, log in at {links.Link("/login")}.

         If it was not you, ignore this e-mail: nothing about your account changed.
         """);
}
