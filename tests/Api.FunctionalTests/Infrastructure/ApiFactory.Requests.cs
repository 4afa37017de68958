namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

// A request many tests make the same way: a GET the API must reject as invalid, naming the fields.
public abstract partial class ApiFactory
{
    /// <summary>
    /// GETs <paramref name="url"/> as a new member and asserts a 400 problem; returns the names of the fields its
    /// errors list.
    /// </summary>
    public async Task<IReadOnlyList<string>> InvalidFieldsOfAsync(string url, CancellationToken ct)
    {
        var member = await RegisterAsync(ct);
        return await (await member.Client.GetAsync(url, ct)).ShouldBeInvalidAsync();
    }
}
