namespace CleanPlatform.Infrastructure.Email;

internal static class EmailRegistration
{
    /// <summary>
    /// Outgoing e-mail (settings under <c>Email:</c>): through SMTP when <c>Email:Smtp:Host</c> is set, otherwise
    /// into the pickup directory.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection("Email"))
            .Validate(o => o.IsValid, "Email: From must be an address, LinkBaseUrl absolute, and either Smtp:Host with a valid Port or a PickupDirectory set.")
            .ValidateOnStart();
        services.AddSingleton<IPublicLinks, PublicLinks>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<PickupDirectoryEmailSender>();
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.UsesSmtp
            ? sp.GetRequiredService<SmtpEmailSender>()
            : sp.GetRequiredService<PickupDirectoryEmailSender>());
        return services;
    }
}
