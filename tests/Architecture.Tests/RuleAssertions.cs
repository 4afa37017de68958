using NetArchTest.Rules;

namespace CleanPlatform.Architecture.Tests;

/// <summary>The one place a broken rule is asserted, so every failure names all the offending types.</summary>
internal static class RuleAssertions
{
    public static void ShouldHold(this ConditionList rule, string because) =>
        rule.GetResult().FailingTypeNames.ShouldBeNone(because);

    public static void ShouldBeNone(this IEnumerable<string>? offenders, string because)
    {
        var names = (offenders ?? []).Order(StringComparer.Ordinal).ToList();

        names.Should().BeEmpty("{0}; offending types:{1}{2}", because, Environment.NewLine,
            string.Join(Environment.NewLine, names));
    }
}
