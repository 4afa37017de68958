using FluentValidation.Results;

namespace CleanPlatform.Application.Common.Exceptions;

/// <summary>Every shape error of a request at once, grouped by camelCase field name.</summary>
public sealed class ValidationException : Exception
{
    public ValidationException(IEnumerable<ValidationFailure> failures)
        : base("One or more validation errors occurred.") =>
        Errors = failures
            .GroupBy(f => ToCamelCase(f.PropertyName), f => f.ErrorMessage, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    public ValidationException(string field, string message) : this([new ValidationFailure(field, message)]) { }

    private ValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("One or more validation errors occurred.") => Errors = errors;

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>An error of a request header, named as it is sent (<c>Idempotency-Key</c>), not camel-cased.</summary>
    public static ValidationException OfHeader(string header, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [header] = [message] });

    // "Stake.Amount" → "stake.amount", to match the JSON the client sent.
    private static string ToCamelCase(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
