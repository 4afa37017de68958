namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Work that must wait until the current command's transaction has ended, committed or rolled back
/// (cache evictions, the audit entry of a failed command). One per scope;
/// <see cref="Behaviours.AfterCommitBehaviour{TMessage,TResponse}"/> runs it.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Func<Task>> _actions = [];

    /// <summary>
    /// Whether an outer caller owns the transaction (an idempotent request): the behaviour then leaves the
    /// work to it, to run after its own commit or rollback.
    /// </summary>
    public bool Held { get; private set; }

    /// <summary>Keeps the work until <see cref="ReleaseAsync"/>.</summary>
    public void Hold() => Held = true;

    /// <summary>The outer transaction has ended: runs what was kept.</summary>
    public Task ReleaseAsync()
    {
        Held = false;
        return RunAsync();
    }

    public void Add(Action action) => _actions.Add(() =>
    {
        action();
        return Task.CompletedTask;
    });

    public void Add(Func<Task> action) => _actions.Add(action);

    /// <summary>Runs, in order, and forgets what was added.</summary>
    public async Task RunAsync()
    {
        var actions = _actions.ToArray();
        _actions.Clear();
        foreach (var action in actions)
            await action();
    }
}
