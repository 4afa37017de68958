using CleanPlatform.Domain.Identity.Events;
using CleanPlatform.Infrastructure.Outbox;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A second handler of <see cref="InvitationAccepted"/> for a test host: it counts its calls for one
/// organization's events and fails the first <c>failures</c> of them, as a handler whose downstream is away
/// for a while. Other organizations' events (other tests' rows, on a shared database) pass uncounted.
/// </summary>
public sealed class EventProbe(int failures = 0)
{
    private int _calls;

    /// <summary>The organization whose events the probe counts.</summary>
    public Guid OrganizationId { get; set; }

    public int Calls => _calls;

    /// <summary>Adds the probe and its handler to a test host's services.</summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddEventHandler<InvitationAccepted, EventProbeHandler>();
    }

    private void Call()
    {
        if (Interlocked.Increment(ref _calls) <= failures)
            throw new InvalidOperationException($"The probe fails call {_calls} of its first {failures}.");
    }

    public sealed class EventProbeHandler(EventProbe probe) : IHandles<InvitationAccepted>
    {
        public Task HandleAsync(InvitationAccepted domainEvent, CancellationToken ct)
        {
            if (domainEvent.OrganizationId == probe.OrganizationId)
                probe.Call();
            return Task.CompletedTask;
        }
    }
}
