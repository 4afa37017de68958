namespace CleanPlatform.Application.Common.Behaviours;

/// <summary>Runs each command in one transaction; queries never get here.</summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (message is IManagesOwnTransaction)
            return await next(message, cancellationToken);

        return await unitOfWork.InTransactionAsync(async ct => await next(message, ct), cancellationToken);
    }
}
