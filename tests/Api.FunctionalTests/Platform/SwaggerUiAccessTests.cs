using CleanPlatform.Api.Infrastructure.OpenApi;
using Microsoft.Extensions.Configuration;

namespace CleanPlatform.Api.FunctionalTests.Platform;

public sealed class SwaggerUiAccessTests
{
    [Theory]
    [InlineData(null, SwaggerUiAccess.Public)]
    [InlineData("", SwaggerUiAccess.Public)]
    [InlineData("off", SwaggerUiAccess.Off)]
    [InlineData("SignedIn", SwaggerUiAccess.SignedIn)]
    public void ModeOf_Setting_IsOneOfTheKnownModes(string? setting, string expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Swagger:Ui"] = setting }).Build();

        SwaggerUiAccess.ModeOf(configuration).Should().Be(expected);
    }

    [Fact]
    public void ModeOf_UnknownSetting_RefusesToStart()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Swagger:Ui"] = "Private" }).Build();

        var act = () => SwaggerUiAccess.ModeOf(configuration);

        act.Should().Throw<InvalidOperationException>().WithMessage("*Swagger:Ui*");
    }
}
