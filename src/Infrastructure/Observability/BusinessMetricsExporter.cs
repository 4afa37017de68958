using CleanPlatform.Application.Common.Metrics;
using Microsoft.Extensions.Hosting;
using Prometheus;

namespace CleanPlatform.Infrastructure.Observability;

/// <summary>
/// Publishes the platform's own meter (<see cref="PlatformMetrics"/>) at /metrics as <c>cleanplatform_*</c>.
/// prometheus-net's built-in adapter does not pick up application meters, so ours gets a listener of its own.
/// </summary>
internal sealed class BusinessMetricsExporter : IHostedService, IDisposable
{
    private IDisposable? _adapter;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _adapter = MeterAdapter.StartListening(new MeterAdapterOptions
        {
            InstrumentFilterPredicate = instrument => instrument.Meter.Name == PlatformMetrics.MeterName,
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _adapter?.Dispose();
}
