namespace CleanPlatform.Application.Common.Behaviours;

/// <summary>Wraps the transaction: what a command deferred with <see cref="AfterCommit"/> runs once it has ended.</summary>
public sealed class AfterCommitBehaviour<TMessage, TResponse>(AfterCommit afterCommit)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            if (!afterCommit.Held)
                await afterCommit.RunAsync();
        }
    }
}
