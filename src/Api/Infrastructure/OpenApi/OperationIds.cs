using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Every operation's <c>operationId</c> is <c>&lt;Module&gt;_&lt;Action&gt;</c>: the module is the controller's folder
/// under <c>Controllers/V{n}</c>, the action the controller method, named after the use case it sends
/// (<c>Identity_CreateApiKey</c>). SDK generators name methods after it, so it must never change by accident.
/// </summary>
internal static class OperationIds
{
    private const string VersionFolderPrefix = ".Controllers.V";

    public static string For(ApiDescription api)
    {
        if (api.ActionDescriptor is not ControllerActionDescriptor action)
            throw new InvalidOperationException($"{api.RelativePath}: only controller actions are documented.");
        var module = TryModuleOf(action.ControllerTypeInfo) ?? throw new InvalidOperationException(
            $"{action.ControllerTypeInfo.FullName}: controllers live in a module folder, Controllers/V<n>/<Module>/.");
        return $"{module}_{action.ActionName}";
    }

    /// <summary>The module folder a controller lives in, e.g. <c>Identity</c> for <c>Controllers.V1.Identity</c>.</summary>
    public static string? TryModuleOf(Type controller)
    {
        var ns = controller.Namespace ?? "";
        var version = ns.IndexOf(VersionFolderPrefix, StringComparison.Ordinal);
        var folders = version < 0 ? [] : ns[(version + 1)..].Split('.');
        return folders.Length == 3 ? folders[2] : null;
    }
}
