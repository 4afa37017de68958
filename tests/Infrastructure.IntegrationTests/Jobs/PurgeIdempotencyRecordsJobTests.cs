using CleanPlatform.Application.Platform.PurgeIdempotencyRecords;
using CleanPlatform.Infrastructure.Platform.Jobs;
using Mediator;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Quartz;

namespace CleanPlatform.Infrastructure.IntegrationTests.Jobs;

public sealed class PurgeIdempotencyRecordsJobTests
{
    [Fact]
    public async Task Execute_Fired_SendsOnePurgeCommandAsTheSystemAcrossOrganizations()
    {
        var sender = Substitute.For<ISender>();
        sender.Send(Arg.Any<PurgeIdempotencyRecords>(), Arg.Any<CancellationToken>()).Returns(3);
        var callers = new List<ICurrentUser?>();
        var services = new ServiceCollection()
            .AddScoped<CallerSlot>()
            .AddSingleton<SystemWork>()
            .AddLogging()
            .AddScoped(sp =>
            {
                callers.Add(sp.GetRequiredService<CallerSlot>().Caller);
                return sender;
            })
            .BuildServiceProvider();
        var job = new PurgeIdempotencyRecordsJob(services.GetRequiredService<SystemWork>(),
            NullLogger<PurgeIdempotencyRecordsJob>.Instance);

        await job.Execute(Substitute.For<IJobExecutionContext>(), TestContext.Current.CancellationToken);

        await sender.Received(1).Send(Arg.Any<PurgeIdempotencyRecords>(), Arg.Any<CancellationToken>());
        callers.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            SystemName = "PurgeIdempotencyRecords",
            OrganizationId = (Guid?)null,
            IsPlatformAdmin = true,
            UserId = (Guid?)null,
        });
    }
}
