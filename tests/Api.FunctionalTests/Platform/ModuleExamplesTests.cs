using System.Text.Json.Nodes;
using CleanPlatform.Api.Controllers.V1.Identity;
using CleanPlatform.Api.Controllers.V1.Platform;
using CleanPlatform.Api.Infrastructure.OpenApi;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>A module's examples go to its own schemas only; shared ones go everywhere.</summary>
public sealed class ModuleExamplesTests
{
    private static readonly ExamplesSchemaFilter Filter = new([IdentityExamples.All, PlatformExamples.All]);

    private static OpenApiSchema SchemaWith(params string[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = properties.ToDictionary(p => p, IOpenApiSchema (_) => new OpenApiSchema { Type = JsonSchemaType.String }),
    };

    private static JsonNode? ExampleOf(OpenApiSchema schema, string property) =>
        ((OpenApiSchema)schema.Properties![property]).Example;

    private static void Apply(OpenApiSchema schema, Type type) =>
        Filter.Apply(schema, new SchemaFilterContext(type, schemaGenerator: null!, new SchemaRepository()));

    [Fact]
    public void Apply_SchemaOfTheModule_GetsItsExample()
    {
        var schema = SchemaWith("name");

        Apply(schema, typeof(Application.Identity.CreateApiKey.CreateApiKey));

        ExampleOf(schema, "name")!.GetValue<string>().Should().Be("Nightly odds import");
    }

    [Fact]
    public void Apply_SchemaOfAnotherModule_DoesNotBorrowTheExample()
    {
        var schema = SchemaWith("name", "id");

        Apply(schema, typeof(Betting.Sport));

        ExampleOf(schema, "name").Should().BeNull("'name' is an Identity example; a Betting schema has its own");
        ExampleOf(schema, "id")!.GetValue<string>().Should().Be("0193c1e2-7a4b-7c3d-9e8f-1a2b3c4d5e6f");
    }

    [Fact]
    public void Apply_ModuleWithTheSamePropertyName_GetsItsOwn()
    {
        var schema = SchemaWith("systemName");

        Apply(schema, typeof(Application.Platform.ListAuditEntries.AuditEntryDto));

        ExampleOf(schema, "systemName")!.GetValue<string>().Should().Be("PurgeEndedInvitations");
    }
}
