using CleanPlatform.Application.Platform.PurgeIdempotencyRecords;
using CleanPlatform.Infrastructure.Jobs;
using Mediator;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Quartz;

namespace CleanPlatform.Infrastructure.IntegrationTests.Jobs;

public sealed class PurgeIdempotencyRecordsJobTests
{
    [Fact]
    public async Task Execute_Fired_SendsOnePurgeCommand()
    {
        var sender = Substitute.For<ISender>();
        sender.Send(Arg.Any<PurgeIdempotencyRecords>(), Arg.Any<CancellationToken>()).Returns(3);
        var job = new PurgeIdempotencyRecordsJob(sender, NullLogger<PurgeIdempotencyRecordsJob>.Instance);

        await job.Execute(Substitute.For<IJobExecutionContext>(), TestContext.Current.CancellationToken);

        await sender.Received(1).Send(Arg.Any<PurgeIdempotencyRecords>(), Arg.Any<CancellationToken>());
    }
}
