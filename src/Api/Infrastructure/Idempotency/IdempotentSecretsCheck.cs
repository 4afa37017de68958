using System.Reflection;
using CleanPlatform.Application.Common.Security;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace CleanPlatform.Api.Infrastructure.Idempotency;

/// <summary>
/// Stored idempotent responses are plain rows: an endpoint that returns a secret (<see cref="ContainsSecretAttribute"/>)
/// cannot be <see cref="IdempotentAttribute"/>. Checked over every action at start-up.
/// </summary>
internal static class IdempotentSecretsCheck
{
    public static void ThrowOnIdempotentSecrets(this WebApplication app)
    {
        var actions = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>().Select(a => a.MethodInfo);
        var violations = Violations(actions).ToList();
        if (violations.Count > 0)
            throw new InvalidOperationException(
                $"[Idempotent] endpoints may not return secrets (stored responses are plain text): {string.Join(", ", violations)}.");
    }

    /// <summary>The idempotent actions among <paramref name="actions"/> that may return a secret.</summary>
    public static IEnumerable<string> Violations(IEnumerable<MethodInfo> actions) =>
        actions.Where(a => a.GetCustomAttribute<IdempotentAttribute>() is not null)
            .Where(a => ResponseTypes(a).Any(ContainsSecret))
            .Select(a => $"{a.DeclaringType?.Name}.{a.Name}");

    private static IEnumerable<Type> ResponseTypes(MethodInfo action) =>
        action.GetCustomAttributes<ProducesResponseTypeAttribute>().Select(p => p.Type)
            .Append(action.ReturnType);

    // Unwraps Task<>, ActionResult<>, collections and generic arguments: a secret anywhere inside counts.
    private static bool ContainsSecret(Type type) => ContainsSecret(type, []);

    private static bool ContainsSecret(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.IsPrimitive || type == typeof(string))
            return false;
        if (type.GetCustomAttribute<ContainsSecretAttribute>() is not null)
            return true;
        if (type.IsGenericType && type.GetGenericArguments().Any(t => ContainsSecret(t, seen)))
            return true;
        if (type.IsArray && ContainsSecret(type.GetElementType()!, seen))
            return true;
        return type.Namespace?.StartsWith("CleanPlatform", StringComparison.Ordinal) == true
            && type.GetProperties().Any(p => ContainsSecret(p.PropertyType, seen));
    }
}
