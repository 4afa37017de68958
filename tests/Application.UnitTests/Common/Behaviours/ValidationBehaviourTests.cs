using CleanPlatform.Application.Common.Behaviours;
using FluentValidation;
using Mediator;
using ValidationException = CleanPlatform.Application.Common.Exceptions.ValidationException;

namespace CleanPlatform.Application.UnitTests.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    private sealed record Rename(string Name, string Slug) : ICommand<int>;

    private static InlineValidator<Rename> Requiring(string property)
    {
        var validator = new InlineValidator<Rename>();
        if (property == nameof(Rename.Name))
            validator.RuleFor(x => x.Name).NotEmpty();
        else
            validator.RuleFor(x => x.Slug).NotEmpty();
        return validator;
    }

    [Fact]
    public async Task Handle_TwoValidatorsFail_ThrowsWithBothFailures()
    {
        var behaviour = new ValidationBehaviour<Rename, int>([Requiring("Name"), Requiring("Slug")]);

        var act = async () => await behaviour.Handle(new Rename("", ""), (_, _) => ValueTask.FromResult(1),
            TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<ValidationException>()).Which.Errors.Keys.Should()
            .BeEquivalentTo("name", "slug");
    }

    [Fact]
    public async Task Handle_InvalidMessage_DoesNotCallNext()
    {
        var behaviour = new ValidationBehaviour<Rename, int>([Requiring("Name")]);
        var nextCalled = false;

        var act = async () => await behaviour.Handle(new Rename("", "slug"), (_, _) =>
        {
            nextCalled = true;
            return ValueTask.FromResult(1);
        }, TestContext.Current.CancellationToken);

        await act.Should().ThrowAsync<ValidationException>();
        nextCalled.Should().BeFalse();
    }

    [Fact]
    public async Task Handle_ValidMessage_ReturnsNextResponse()
    {
        var behaviour = new ValidationBehaviour<Rename, int>([Requiring("Name"), Requiring("Slug")]);

        var response = await behaviour.Handle(new Rename("Ana", "ana"), (_, _) => ValueTask.FromResult(42),
            TestContext.Current.CancellationToken);

        response.Should().Be(42);
    }

    [Fact]
    public async Task Handle_NoValidators_ReturnsNextResponse()
    {
        var behaviour = new ValidationBehaviour<Rename, int>([]);

        var response = await behaviour.Handle(new Rename("", ""), (_, _) => ValueTask.FromResult(42),
            TestContext.Current.CancellationToken);

        response.Should().Be(42);
    }
}
