using System.Reflection;
using CleanPlatform.Api.Infrastructure.Idempotency;
using Microsoft.AspNetCore.Mvc;

namespace CleanPlatform.Api.FunctionalTests.Platform;

public sealed class IdempotentSecretsCheckTests
{
    [Fact]
    public void Violations_IdempotentActionsReturningSecrets_NamesEachOfThem()
    {
        var actions = typeof(Actions).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        var violations = IdempotentSecretsCheck.Violations(actions);

        violations.Should().BeEquivalentTo(
            $"{nameof(Actions)}.{nameof(Actions.ReturnsASecret)}",
            $"{nameof(Actions)}.{nameof(Actions.DeclaresASecretInsideAPage)}",
            $"{nameof(Actions)}.{nameof(Actions.SaysNothingOfWhatItReturns)}",
            $"{nameof(Actions)}.{nameof(Actions.SaysNothingThroughAValueTask)}");
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Stand-ins for MVC actions.")]
    private sealed class Actions
    {
        [Idempotent]
        public Task<ActionResult<CreatedApiKeyDto>> ReturnsASecret() => throw new NotSupportedException();

        [Idempotent, ProducesResponseType<PagedList<CreatedApiKeyDto>>(200)]
        public IActionResult DeclaresASecretInsideAPage() => throw new NotSupportedException();

        [Idempotent]
        public Task<ApiKeyDto> ReturnsNoSecret() => throw new NotSupportedException();

        [Idempotent]
        public Task<IActionResult> SaysNothingOfWhatItReturns() => throw new NotSupportedException();

        [Idempotent]
        public ValueTask<IActionResult> SaysNothingThroughAValueTask() => throw new NotSupportedException();

        [Idempotent, ProducesResponseType<ApiKeyDto>(201)]
        public Task<IActionResult> DeclaresWhatItReturns() => throw new NotSupportedException();

        public Task<CreatedApiKeyDto> NotIdempotent() => throw new NotSupportedException();
    }
}
