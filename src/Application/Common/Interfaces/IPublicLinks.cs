namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>Links to the web app as its users reach it (<c>Email:LinkBaseUrl</c>), for e-mails.</summary>
public interface IPublicLinks
{
    /// <summary>The absolute address of the app's <paramref name="pathAndQuery"/> (which starts with '/').</summary>
    Uri Link(string pathAndQuery);
}
