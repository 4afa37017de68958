namespace CleanPlatform.Infrastructure.Usage;

/// <summary>
/// One organization's count for one period on this node: the total last read from the database, what a
/// flush is writing now, and what is not written yet. Every step holds the tally's lock for a few
/// instructions only; the database work happens outside it.
/// </summary>
internal sealed class UsageTally
{
    private readonly Lock _gate = new();
    private long _written;
    private long _inFlight;
    private long _pending;

    public SemaphoreSlim Loading { get; } = new(1, 1);

    public bool Loaded { get; private set; }

    public long Used
    {
        get
        {
            lock (_gate)
                return _written + _inFlight + _pending;
        }
    }

    public bool Idle
    {
        get
        {
            lock (_gate)
                return _inFlight == 0 && _pending == 0;
        }
    }

    public void Load(long written)
    {
        lock (_gate)
            _written = Math.Max(_written, written);
        Loaded = true;
    }

    /// <summary>Counts one request if it fits under <paramref name="quota"/>; returns whether it did and the count after.</summary>
    public (bool Allowed, long Used) TryCount(long quota)
    {
        lock (_gate)
        {
            var used = _written + _inFlight + _pending;
            if (used >= quota)
                return (false, used);
            _pending++;
            return (true, used + 1);
        }
    }

    /// <summary>Takes what is pending for a flush (it still counts as used until the flush ends).</summary>
    public long BeginFlush()
    {
        lock (_gate)
        {
            var batch = _pending;
            _pending = 0;
            _inFlight += batch;
            return batch;
        }
    }

    /// <summary>The batch is written; <paramref name="total"/> is the database's total, which includes it.</summary>
    public void Written(long batch, long total)
    {
        lock (_gate)
        {
            _inFlight -= batch;
            _written = Math.Max(_written + batch, total);
        }
    }

    /// <summary>The batch could not be written: count it as pending again.</summary>
    public void Failed(long batch)
    {
        lock (_gate)
        {
            _inFlight -= batch;
            _pending += batch;
        }
    }

    /// <summary>A fresher total read from the database (other nodes' counts included).</summary>
    public void Refresh(long total)
    {
        lock (_gate)
            _written = Math.Max(_written, total);
    }
}
