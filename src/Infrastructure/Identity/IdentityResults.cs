using CleanPlatform.Application.Common.Exceptions;
using Microsoft.AspNetCore.Identity;

namespace CleanPlatform.Infrastructure.Identity;

internal static class IdentityResults
{
    /// <summary>Turns Identity's refusal (a weak password, a taken name) into a validation problem on <paramref name="field"/>.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string field)
    {
        if (!result.Succeeded)
            throw new ValidationException(result.Errors.Select(e =>
                new FluentValidation.Results.ValidationFailure(FieldOf(e, field), e.Description)));
    }

    // Identity reports user-name and e-mail problems with its own codes; they belong to the e-mail field.
    private static string FieldOf(IdentityError error, string fallback) =>
        error.Code.Contains("UserName", StringComparison.Ordinal) || error.Code.Contains("Email", StringComparison.Ordinal)
            ? "email"
            : fallback;
}
