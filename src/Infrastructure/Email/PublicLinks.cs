namespace CleanPlatform.Infrastructure.Email;

internal sealed class PublicLinks(IOptions<EmailOptions> options) : IPublicLinks
{
    public Uri Link(string pathAndQuery) =>
        new(new Uri(options.Value.LinkBaseUrl.ToString().TrimEnd('/') + "/"), pathAndQuery.TrimStart('/'));
}
