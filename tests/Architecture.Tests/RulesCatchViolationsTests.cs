using CleanPlatform.Application.Identity;
using CleanPlatform.Application.Identity.GetMember;
using CleanPlatform.Application.Identity.ListMembers;
using CleanPlatform.Application.Platform;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Architecture.Tests;

/// <summary>
/// Every rule, run on tests/Architecture.Violations, reports exactly the types built to break it: proof that the
/// same rule, run on the real layers, can fail.
/// </summary>
public sealed class RulesCatchViolationsTests
{
    private static readonly Layer ViolatingDomain = Layers.Violations.Domain;
    private static readonly Layer ViolatingApplication = Layers.Violations.Application;

    [Fact]
    public void DomainTypesRule_PackageTypeInDomain_ReportsThatType() =>
        DependencyRules.DomainTypesBeyondTheWhitelist(ViolatingDomain)
            .Should().BeEquivalentTo(Names(typeof(MemberSentThroughMediator)));

    [Fact]
    public void DomainReferencesRule_PackageAndFrameworkReferences_ReportsThem() =>
        DependencyRules.DomainReferencesBeyondTheWhitelist(ViolatingDomain.Assembly)
            .Should().BeEquivalentTo("Mediator", "Microsoft.AspNetCore.Http.Abstractions");

    [Fact]
    public void ApplicationTypesRule_AspNetCoreTypeInApplication_ReportsThatType() =>
        DependencyRules.ApplicationTypesBeyondTheWhitelist(ViolatingApplication)
            .Should().BeEquivalentTo(Names(typeof(CallerFromHttpContext)));

    [Fact]
    public void ApplicationReferencesRule_AspNetCoreReference_ReportsIt() =>
        DependencyRules.ApplicationReferencesBeyondTheWhitelist(ViolatingApplication.Assembly)
            .Should().BeEquivalentTo("Microsoft.AspNetCore.Http.Abstractions");

    [Fact]
    public void PublicSettersRule_SetterInitAndField_ReportsEach() =>
        DomainRules.PublicSetters(ViolatingDomain).Should().BeEquivalentTo(
            $"{typeof(MemberWithPublicSetter).FullName}.{nameof(MemberWithPublicSetter.Name)}",
            $"{typeof(PeriodWithPublicSetter).FullName}.{nameof(PeriodWithPublicSetter.Start)}",
            $"{typeof(QuotaWithInit).FullName}.{nameof(QuotaWithInit.Limit)}",
            $"{typeof(CounterWithPublicField).FullName}.{nameof(CounterWithPublicField.Count)}");

    [Fact]
    public void HandlersSealedRule_UnsealedHandler_ReportsIt() =>
        HandlerRules.NotPublicSealed(ViolatingApplication).Should().BeEquivalentTo(Names(typeof(ListMembersHandler)));

    [Fact]
    public void HandlersNamespaceRule_HandlerAboveItsRequest_ReportsIt() =>
        HandlerRules.OutsideTheirRequestsNamespace(ViolatingApplication).Should().BeEquivalentTo(
            $"{typeof(RenameMemberHandler).FullName} handles {typeof(global::CleanPlatform.Application.Identity.RenameMember.RenameMember).FullName}");

    [Fact]
    public void HandlersNameRule_HandlerNotNamedForItsRequest_ReportsIt() =>
        HandlerRules.NotNamedForTheirRequest(ViolatingApplication).Should().BeEquivalentTo(
            $"{typeof(FetchesMember).FullName} handles {typeof(GetMember).FullName}");

    [Fact]
    public void ModuleRule_PlatformHoldingIdentityInternals_ReportsOnlyThatType() =>
        ModuleRules.CrossModuleUses(ViolatingDomain, ViolatingApplication).Should().BeEquivalentTo(Names(typeof(AuditOfAMember)));

    private static string[] Names(params Type[] types) => [.. types.Select(t => t.FullName!)];
}
