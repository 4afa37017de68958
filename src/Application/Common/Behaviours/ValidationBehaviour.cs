using FluentValidation.Results;

namespace CleanPlatform.Application.Common.Behaviours;

public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
            failures.AddRange((await validator.ValidateAsync(message, cancellationToken)).Errors);

        return failures.Count == 0 ? await next(message, cancellationToken) : throw new ValidationException(failures);
    }
}
