using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Alerts.SendTestAlert;

/// <summary>
/// Raises a test alert for the caller: it reaches their notifications and the channels their saved preferences choose,
/// through the outbox like any alert, within seconds.
/// </summary>
[Authorize]
public sealed record SendTestAlert : ICommand<TestAlertDto>;

/// <summary>The test alert raised.</summary>
public sealed record TestAlertDto(Guid AlertId, string Message);

public sealed class SendTestAlertHandler(IBettingDb db, ICurrentUser user, TimeProvider time)
    : ICommandHandler<SendTestAlert, TestAlertDto>
{
    public async ValueTask<TestAlertDto> Handle(SendTestAlert command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var alert = Alert.Create(user.RequireOrganizationId(), user.RequireUserId(), AlertKind.Test, $"test:{id}",
            "This is a test alert from CleanPlatform: your alert channels work.", now);
        db.Alerts.Add(alert);
        await db.SaveChangesAsync(cancellationToken);
        return new TestAlertDto(alert.Id, alert.Message);
    }
}
