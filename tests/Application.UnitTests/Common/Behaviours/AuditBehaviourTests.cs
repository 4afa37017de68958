using CleanPlatform.Application.Common.Behaviours;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.UnitTests.Common;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Platform;
using Mediator;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace CleanPlatform.Application.UnitTests.Common.Behaviours;

public sealed class AuditBehaviourTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);

    [Audited("Widget")]
    private sealed record CreateWidget(string Name) : ICommand<WidgetDto>;

    [Audited("Widget")]
    private sealed record DeleteWidget(Guid Id) : ICommand<WidgetDto>, IHasId;

    private sealed record WidgetDto(Guid Id) : IHasId;

    // A succeeded command's entry is added to its unit of work at once; a failed one's is written when the
    // transaction has ended (AfterCommit), so reading what was written first ends the "transaction".
    private sealed record Audit(IAuditLog Log, AuditScope Scope, AfterCommit AfterCommit)
    {
        public AuditEntry Written => ((IReadOnlyCollection<AuditEntry>)Call.GetArguments()[0]!).Single();

        public CancellationToken WrittenWith => (CancellationToken)Call.GetArguments()[1]!;

        private NSubstitute.Core.ICall Call
        {
            get
            {
                AfterCommit.RunAsync().GetAwaiter().GetResult();
                return Log.ReceivedCalls().Single();
            }
        }

        public AuditBehaviour<TMessage, WidgetDto> Behaviour<TMessage>(ICurrentUser user)
            where TMessage : IBaseCommand =>
            new(user, Scope, Log, AfterCommit, new FakeTimeProvider(Now));

        /// <summary>Sends <c>CreateWidget("w")</c> as <paramref name="user"/> through the behaviour to <paramref name="next"/>.</summary>
        public ValueTask<WidgetDto> CreateWidgetAsync(ICurrentUser user, MessageHandlerDelegate<CreateWidget, WidgetDto> next) =>
            Behaviour<CreateWidget>(user).Handle(new CreateWidget("w"), next, TestContext.Current.CancellationToken);
    }

    private static Audit NewAudit() => new(Substitute.For<IAuditLog>(), new AuditScope(), new AfterCommit());

    private static ValueTask<WidgetDto> Succeed<TMessage>(TMessage message, CancellationToken ct) =>
        ValueTask.FromResult(new WidgetDto(Guid.Parse("0195f3a0-0000-7000-8000-000000000001")));

    private static Exception Failure(string kind) => kind switch
    {
        "domain" => new DomainException("widget.locked", "Locked."),
        "unauthorized" => new UnauthorizedException("auth.invalid_credentials", "No."),
        "conflict" => new ConflictException("widget.duplicate", "Taken."),
        "validation" => new ValidationException("Name", "Required."),
        "forbidden" => new ForbiddenException(),
        "not_found" => new NotFoundException("Widget", 1),
        _ => new InvalidOperationException("Boom."),
    };

    [Fact]
    public async Task Handle_Success_AddsTheEntryToTheCommandsOwnUnitOfWork()
    {
        var audit = NewAudit();

        await audit.CreateWidgetAsync(Callers.InRoles(), Succeed);

        await audit.Log.Received(1).AddAsync(Arg.Is<IReadOnlyCollection<AuditEntry>>(e => e.Count == 1), TestContext.Current.CancellationToken);
        await audit.Log.DidNotReceiveWithAnyArgs().WriteAsync(default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Handle_Failure_WritesOnItsOwnOnlyOnceTheTransactionHasEnded()
    {
        var audit = NewAudit();

        var act = async () => await audit.CreateWidgetAsync(Callers.InRoles(), (_, _) => throw Failure("domain"));

        await act.Should().ThrowAsync<DomainException>();
        audit.Log.ReceivedCalls().Should().BeEmpty("the transaction is still rolling back");
        await audit.AfterCommit.RunAsync();
        await audit.Log.Received(1).WriteAsync(Arg.Is<IReadOnlyCollection<AuditEntry>>(e => e.Count == 1), CancellationToken.None);
        await audit.Log.DidNotReceiveWithAnyArgs().AddAsync(default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Handle_Success_WritesSucceededEntryWithResponseEntityId()
    {
        var audit = NewAudit();
        var user = Callers.InRoles(Roles.Admin);

        await audit.CreateWidgetAsync(user, Succeed);

        var entry = audit.Written;
        entry.Outcome.Should().Be(AuditOutcome.Succeeded);
        entry.Action.Should().Be(nameof(CreateWidget));
        entry.EntityType.Should().Be("Widget");
        entry.EntityId.Should().Be("0195f3a0-0000-7000-8000-000000000001");
        entry.OccurredAt.Should().Be(Now);
        entry.Error.Should().BeNull();
    }

    [Fact]
    public async Task Handle_Success_RecordsAuthenticatedCaller()
    {
        var audit = NewAudit();
        var user = Callers.InRoles(Roles.Admin);

        await audit.CreateWidgetAsync(user, Succeed);

        audit.Written.UserId.Should().Be(user.UserId);
        audit.Written.OrganizationId.Should().Be(user.OrganizationId!.Value);
        audit.Written.UserEmail.Should().Be(user.Email);
    }

    [Fact]
    public async Task Handle_MessageHasId_PrefersMessageIdOverResponseId()
    {
        var audit = NewAudit();
        var id = Guid.NewGuid();

        await audit.Behaviour<DeleteWidget>(Callers.InRoles()).Handle(new DeleteWidget(id), Succeed,
            TestContext.Current.CancellationToken);

        audit.Written.EntityId.Should().Be(id.ToString());
    }

    [Fact]
    public async Task Handle_ScopeNamesEntity_PrefersScopeEntityId()
    {
        var audit = NewAudit();
        audit.Scope.EntityId = "user-7";

        await audit.Behaviour<DeleteWidget>(Callers.InRoles()).Handle(new DeleteWidget(Guid.NewGuid()), Succeed,
            TestContext.Current.CancellationToken);

        audit.Written.EntityId.Should().Be("user-7");
    }

    [Fact]
    public async Task Handle_DomainFailure_WritesFailedEntryWithDomainCode()
    {
        var audit = NewAudit();

        var act = async () => await audit.CreateWidgetAsync(Callers.InRoles(), (_, _) => throw Failure("domain"));

        await act.Should().ThrowAsync<DomainException>();
        audit.Written.Outcome.Should().Be(AuditOutcome.Failed);
        audit.Written.Error.Should().Be("widget.locked");
        audit.Written.EntityId.Should().BeNull();
    }

    [Fact]
    public async Task Handle_Failure_RethrowsTheSameException()
    {
        var audit = NewAudit();
        var failure = Failure("domain");

        var act = async () => await audit.CreateWidgetAsync(Callers.InRoles(), (_, _) => throw failure);

        (await act.Should().ThrowAsync<DomainException>()).Which.Should().BeSameAs(failure);
    }

    [Theory]
    [InlineData("unauthorized", "auth.invalid_credentials")]
    [InlineData("conflict", "widget.duplicate")]
    [InlineData("validation", "validation")]
    [InlineData("forbidden", "forbidden")]
    [InlineData("not_found", "not_found")]
    [InlineData("other", "InvalidOperationException")]
    public async Task Handle_Failure_RecordsErrorCodeForExceptionType(string kind, string expectedError)
    {
        var audit = NewAudit();

        var act = async () => await audit.CreateWidgetAsync(Callers.InRoles(), (_, _) => throw Failure(kind));

        await act.Should().ThrowAsync<Exception>();
        audit.Written.Error.Should().Be(expectedError);
    }

    [Fact]
    public async Task Handle_FailureAfterCancellation_WritesWithoutCallerToken()
    {
        var audit = NewAudit();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = async () => await audit.Behaviour<CreateWidget>(Callers.InRoles()).Handle(new CreateWidget("w"),
            (_, ct) => throw new OperationCanceledException(ct), cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        audit.WrittenWith.Should().Be(CancellationToken.None);
    }

    [Fact]
    public async Task Handle_AnonymousCaller_UsesAuditScopeActor()
    {
        var audit = NewAudit();
        var userId = Guid.NewGuid();
        var organizationId = Guid.NewGuid();

        await audit.Behaviour<CreateWidget>(Callers.Anonymous()).Handle(new CreateWidget("w"), (_, _) =>
        {
            audit.Scope.ActFor(userId, "new@example.com", organizationId);
            return ValueTask.FromResult(new WidgetDto(userId));
        }, TestContext.Current.CancellationToken);

        audit.Written.UserId.Should().Be(userId);
        audit.Written.UserEmail.Should().Be("new@example.com");
        audit.Written.OrganizationId.Should().Be(organizationId);
    }

    [Fact]
    public async Task Handle_AnonymousCallerWithoutActor_RecordsNoOrganization()
    {
        var audit = NewAudit();

        var act = async () => await audit.CreateWidgetAsync(Callers.Anonymous(), (_, _) => throw Failure("unauthorized"));

        await act.Should().ThrowAsync<UnauthorizedException>();
        audit.Written.OrganizationId.Should().Be(Guid.Empty);
        audit.Written.UserId.Should().BeNull();
    }
}
