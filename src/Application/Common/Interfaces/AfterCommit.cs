namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Work that must wait until the current command's transaction has ended, committed or not (cache
/// evictions). One per scope; <see cref="Behaviours.AfterCommitBehaviour{TMessage,TResponse}"/> runs it.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Action> _actions = [];

    public void Add(Action action) => _actions.Add(action);

    /// <summary>Runs and forgets what was added.</summary>
    public void Run()
    {
        var actions = _actions.ToArray();
        _actions.Clear();
        foreach (var action in actions)
            action();
    }
}
