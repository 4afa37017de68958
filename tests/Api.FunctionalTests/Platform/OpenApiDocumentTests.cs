using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>What integrators and their linters rely on in the served OpenAPI document.</summary>
[Collection(SqliteApi.Name)]
public sealed partial class OpenApiDocumentTests(SqliteApiFactory api) : ApiTest<SqliteApiFactory>(api)
{
    [Fact]
    public async Task OpenApiDocument_EveryOperation_HasAUniqueModuleActionOperationId()
    {
        var operations = await OperationsAsync();

        foreach (var (path, method, operation) in operations)
        {
            var module = ModuleOf(path);
            operation["operationId"]?.GetValue<string>().Should().MatchRegex(ModuleActionPattern(),
                $"{method} {path} is in module {module}").And.StartWith($"{module}_", $"{method} {path}");
        }

        operations.Select(o => o.Operation["operationId"]?.GetValue<string>()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task OpenApiDocument_EveryOperation_HasASummaryAndADescription()
    {
        var operations = await OperationsAsync();

        operations.Where(o => string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>())
                || string.IsNullOrWhiteSpace(o.Operation["description"]?.GetValue<string>()))
            .Select(o => $"{o.Method} {o.Path}").Should().BeEmpty();
    }

    [Fact]
    public async Task OpenApiDocument_EveryOperation_DeclaresItsSecurityAndTheProblemsItCanAnswer()
    {
        var operations = await OperationsAsync();

        foreach (var (path, method, operation) in operations)
        {
            var because = $"{method} {path}";
            var schemes = operation["security"]!.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).ToList();
            var statuses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
            if (schemes.Count > 0)
            {
                schemes.Should().BeEquivalentTo(["Bearer", "ApiKey"], because);
                statuses.Should().Contain(["401", "403"], because);
            }

            if (path.Contains('{', StringComparison.Ordinal))
                statuses.Should().Contain("404", because);
            statuses.Should().Contain(["429", "500"], because);
        }

        operations.Where(o => o.Operation["security"]!.AsArray().Count == 0).Select(o => o.Operation["operationId"]!.GetValue<string>())
            .Should().BeEquivalentTo(["Identity_Register", "Identity_ConfirmRegistration", "Identity_Login", "Identity_RefreshTokens",
                "Billing_ListPlans"]);
    }

    [Fact]
    public async Task OpenApiDocument_DocumentedHeaders_ArriveWithAnAuthenticatedAnswer()
    {
        var headers = (await DocumentAsync())["components"]!["headers"]!.AsObject().Select(h => h.Key).ToList();
        var user = await Api.RegisterAsync(Ct);

        var response = await user.Client.GetAsync("/api/v1/identity/me", Ct);

        headers.Should().BeEquivalentTo(["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After",
            "Quota-Limit", "Quota-Remaining"]);
        headers.Where(h => h != "Retry-After").Should().OnlyContain(h => response.Headers.Contains(h));
    }

    [Fact]
    public async Task OpenApiDocument_RequestSchemas_StateTheirValidatorsLimits()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!;
        var pageSize = document["paths"]!["/api/v1/identity/users"]!["get"]!["parameters"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == "pageSize")!["schema"]!;

        schemas["CreateApiKey"]!["properties"]!["name"]!["maxLength"]!.GetValue<int>().Should().Be(ApiKey.NameMaxLength);
        schemas["Register"]!["properties"]!["password"]!["minLength"]!.GetValue<int>()
            .Should().Be(IdentityRules.PasswordMinLength);
        schemas["Register"]!["properties"]!["email"]!["format"]!.GetValue<string>().Should().Be("email");
        pageSize["maximum"]!.GetValue<int>().Should().Be(PageRequest.MaxPageSize);
    }

    [Fact]
    public async Task OpenApiDocument_Examples_FitTheirSchemas()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!.AsObject();

        var misfits = schemas.Where(s => s.Value!["enum"] is JsonArray values
                && !values.Any(v => JsonNode.DeepEquals(v, s.Value["example"])))
            .Select(s => s.Key)
            .Concat(schemas.SelectMany(s => (s.Value!["properties"]?.AsObject() ?? [])
                .Where(p => p.Value!["example"] is { } example && !Fits(example, p.Value))
                .Select(p => $"{s.Key}.{p.Key}")));

        misfits.Should().BeEmpty();
    }

    private static bool Fits(JsonNode example, JsonNode schema) => schema["type"]?.GetValue<string>() switch
    {
        "string" => example.GetValueKind() == JsonValueKind.String
            && example.GetValue<string>().Length <= (schema["maxLength"]?.GetValue<int>() ?? int.MaxValue),
        "integer" => example.GetValueKind() == JsonValueKind.Number,
        "array" => example.GetValueKind() == JsonValueKind.Array,
        _ => false,
    };

    private async Task<JsonNode> DocumentAsync()
    {
        using var client = Api.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json", Ct))!;
    }

    private async Task<IReadOnlyList<(string Path, string Method, JsonObject Operation)>> OperationsAsync()
    {
        var document = await DocumentAsync();
        return
        [
            .. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
                .Select(operation => (path.Key, operation.Key, operation.Value!.AsObject()))),
        ];
    }

    /// <summary><c>/api/v1/audit-log/...</c> → <c>AuditLog</c>: the module segment in PascalCase.</summary>
    private static string ModuleOf(string path) =>
        string.Concat(path.Split('/')[3].Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*$")]
    private static partial Regex ModuleActionPattern();
}
