using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Domain.Betting;

/// <summary>
/// One alert for one member, remembered by its <see cref="Key"/> (unique per member) so that the same thing is never
/// alerted twice: an opportunity, a line crossing its threshold, a bet's kick-off. A settlement digest gathers the
/// member's bets settled within a short debounce and is released once, as one alert, when it is due.
/// </summary>
public sealed class Alert : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>Longest key kept.</summary>
    public const int KeyMaxLength = 200;

    /// <summary>Longest message kept.</summary>
    public const int MessageMaxLength = 500;

    private Alert() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The member alerted.</summary>
    public Guid UserId { get; private set; }

    public AlertKind Kind { get; private set; }

    /// <summary>What the alert is about, unique per member (<c>opportunity:{id}</c>, <c>kickoff:{betId}</c>).</summary>
    public string Key { get; private set; } = "";

    /// <summary>What happened, in a sentence; empty for a digest until it is released.</summary>
    public string Message { get; private set; } = "";

    /// <summary>When a digest is released; the alert's creation for the others.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>When it was raised (<see cref="AlertRaised"/>); null for a digest still gathering.</summary>
    public DateTimeOffset? RaisedAt { get; private set; }

    /// <summary>A digest's settled bets, won and lost (half results count as such).</summary>
    public int Settled { get; private set; }

    public int Won { get; private set; }

    public int Lost { get; private set; }

    /// <summary>A digest's net profit, in <see cref="Currency"/>.</summary>
    public decimal Profit { get; private set; }

    /// <summary>A digest's currency; empty when its bets were in several.</summary>
    public string? Currency { get; private set; }

    /// <summary>An alert raised now.</summary>
    public static Alert Create(Guid organizationId, Guid userId, AlertKind kind, string key, string message, DateTimeOffset now)
    {
        var alert = New(organizationId, userId, kind, key, now);
        alert.Release(Trim(message), now);
        return alert;
    }

    /// <summary>A settlement digest of <paramref name="userId"/>, released at <paramref name="dueAt"/>.</summary>
    public static Alert Digest(Guid organizationId, Guid userId, DateTimeOffset now, DateTimeOffset dueAt)
    {
        var alert = New(organizationId, userId, AlertKind.Settlement, $"settlement:{now.UtcTicks}", now);
        alert.DueAt = dueAt;
        return alert;
    }

    /// <summary>Adds a settled bet to a digest still gathering.</summary>
    public void AddSettled(BetStatus status, decimal profit, string currency)
    {
        if (RaisedAt is not null)
            throw new DomainException("alert.digest_released", "This digest was already sent.");
        Settled++;
        Won += status is BetStatus.Won or BetStatus.HalfWon ? 1 : 0;
        Lost += status is BetStatus.Lost or BetStatus.HalfLost ? 1 : 0;
        Profit += profit;
        Currency = Currency is null || Currency == currency ? currency : "";
    }

    /// <summary>Releases a due digest as one alert.</summary>
    public void ReleaseDigest(DateTimeOffset now)
    {
        if (RaisedAt is not null || now < DueAt)
            return;
        var profit = string.IsNullOrEmpty(Currency)
            ? ""
            : $" Net {Profit.ToString("+0.00;-0.00;0.00", System.Globalization.CultureInfo.InvariantCulture)} {Currency}.";
        Release($"{Settled} bet{(Settled == 1 ? "" : "s")} settled: {Won} won, {Lost} lost.{profit}", now);
    }

    private static Alert New(Guid organizationId, Guid userId, AlertKind kind, string key, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, KeyMaxLength);
        return new Alert
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            UserId = userId,
            Kind = kind,
            Key = key,
            DueAt = now,
            CreatedAt = now,
        };
    }

    private void Release(string message, DateTimeOffset now)
    {
        (Message, RaisedAt) = (message, now);
        Raise(new AlertRaised(Id, OrganizationId, UserId, Kind, message, now));
    }

    private static string Trim(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return message.Length <= MessageMaxLength ? message : message[..(MessageMaxLength - 1)] + "…";
    }
}
