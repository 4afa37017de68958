namespace CleanPlatform.Domain.Betting;

/// <summary>
/// What one devig method made of one market: fair probabilities in outcome order with the method's parameter
/// (<c>k</c>, <c>z</c> or <c>c</c>), or why there are none. A refusal is an answer, not an error, so one
/// request can devig a market by every method and keep the ones that apply (betting.md §13).
/// </summary>
public sealed class DevigResult
{
    private DevigResult(DevigMethod method, DevigStatus status, IReadOnlyList<double> probabilities, double? parameter,
        string? reason)
    {
        Method = method;
        Status = status;
        Probabilities = probabilities;
        Parameter = parameter;
        Reason = reason;
    }

    /// <summary>The method.</summary>
    public DevigMethod Method { get; }

    /// <summary>Whether there are probabilities.</summary>
    public DevigStatus Status { get; }

    /// <summary>The fair probabilities, summing to 1; empty unless <see cref="IsApplicable"/>.</summary>
    public IReadOnlyList<double> Probabilities { get; }

    /// <summary>Power's <c>k</c>, Shin's <c>z</c> (the insiders' share), odds ratio's <c>c</c>; <c>null</c> for the others.</summary>
    public double? Parameter { get; }

    /// <summary>A stable code saying why there are no probabilities, such as <c>devig.arbitrage_book</c>.</summary>
    public string? Reason { get; }

    /// <summary>Whether <see cref="Probabilities"/> holds an answer.</summary>
    public bool IsApplicable => Status == DevigStatus.Applicable;

    internal static DevigResult Fair(DevigMethod method, IReadOnlyList<double> probabilities, double? parameter) =>
        new(method, DevigStatus.Applicable, probabilities, parameter, null);

    internal static DevigResult NotApplicable(DevigMethod method, string reason) =>
        new(method, DevigStatus.NotApplicable, [], null, reason);

    internal static DevigResult Invalid(DevigMethod method, string reason) =>
        new(method, DevigStatus.Invalid, [], null, reason);
}
