using System.Reflection;
using CleanPlatform.Application.Common.Security;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace CleanPlatform.Api.Infrastructure.Idempotency;

/// <summary>
/// Stored idempotent responses are plain rows: an endpoint that returns a secret (<see cref="ContainsSecretAttribute"/>)
/// cannot be <see cref="IdempotentAttribute"/>. An idempotent endpoint must also say what it returns (a typed result,
/// or <c>ProducesResponseType</c> with a type), since a bare <c>IActionResult</c> could carry anything past the
/// check. Checked over every action at start-up.
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
                $"[Idempotent] endpoints must declare their response type and may not return secrets (stored responses are plain text): {string.Join(", ", violations)}.");
    }

    /// <summary>The idempotent actions among <paramref name="actions"/> that may return a secret, or that do not say what they return.</summary>
    public static IEnumerable<string> Violations(IEnumerable<MethodInfo> actions) =>
        actions.Where(a => a.GetCustomAttribute<IdempotentAttribute>() is not null)
            .Where(a => ResponseTypes(a).Any(ContainsSecret) || !DeclaresItsResponse(a))
            .Select(a => $"{a.DeclaringType?.Name}.{a.Name}");

    private static IEnumerable<Type> ResponseTypes(MethodInfo action) =>
        action.GetCustomAttributes<ProducesResponseTypeAttribute>().Select(p => p.Type)
            .Append(action.ReturnType);

    // An untyped result (IActionResult, Task<IActionResult>, ValueTask<IActionResult>) says nothing unless a
    // ProducesResponseType gives a type.
    private static bool DeclaresItsResponse(MethodInfo action)
    {
        var returned = action.ReturnType.IsGenericType
                       && action.ReturnType.GetGenericTypeDefinition() is var awaited
                       && (awaited == typeof(Task<>) || awaited == typeof(ValueTask<>))
            ? action.ReturnType.GetGenericArguments()[0]
            : action.ReturnType;
        return !typeof(IActionResult).IsAssignableFrom(returned)
            || action.GetCustomAttributes<ProducesResponseTypeAttribute>().Any(p => p.Type != typeof(void));
    }

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
