using System.Globalization;
using System.Net.Http.Headers;
using CleanPlatform.Application.Billing.CreditNotes.Common;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Application.Billing.Credits.ExpireCredits;
using CleanPlatform.Application.Billing.Credits.GetCreditWallet;
using CleanPlatform.Application.Billing.Credits.TransferCredits;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Invoices.CreateDraftInvoice;
using CleanPlatform.Domain.Billing.Credits;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Payments;
using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>billing.md §7, §8, §15: the operator grants and moves prepaid credits; they pay invoices, come back, expire.</summary>
public abstract class CreditTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    protected const string CreditsUrl = "/api/v1/billing/credits";

    [Fact]
    public async Task Grant_ThenAnInvoice_TheCreditsPayWhatTheyCan_AndTheLedgerShowsIt()
    {
        var (owner, organizationId) = await CustomerAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);

        var grant = await (await GrantAsync(operatorAdmin, organizationId, 20.00m)).ShouldBeAsync<CreditGrantDto>(HttpStatusCode.Created);
        (await WalletAsync(owner)).Balances.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Currency = "EUR", Available = 20.00m, LiveGrants = 1, NextExpiryAt = (DateTimeOffset?)null });

        var invoice = await InvoiceAsync(organizationId, 29.00m); // 34.51 with German VAT

        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Open, AmountPaid = 20.00m, AmountDue = 14.51m });
        (await WalletAsync(owner)).Balances.Should().BeEmpty();
        var ledger = await (await owner.Client.GetAsync($"{CreditsUrl}/ledger", Ct))
            .ShouldBeAsync<PagedList<CreditLedgerEntryDto>>(HttpStatusCode.OK);
        ledger.Items.Select(e => (e.Kind, e.Amount, e.RemainingAfter, e.InvoiceId)).Should().BeEquivalentTo(new[]
        {
            (CreditLedgerKind.Consume, -20.00m, 0.00m, (Guid?)invoice.Id),
            (CreditLedgerKind.Grant, 20.00m, 20.00m, (Guid?)null),
        });
        var payment = await Api.InDatabaseAsync(db => db.Payments.IgnoreQueryFilters().SingleAsync(p => p.InvoiceId == invoice.Id, Ct));
        payment.Should().BeEquivalentTo(new { Method = PaymentMethod.Credits, Amount = 20.00m }, o => o.ExcludingMissingMembers());
        (await (await owner.Client.GetAsync($"{CreditsUrl}/grants", Ct)).ShouldBeAsync<PagedList<CreditGrantDto>>(HttpStatusCode.OK))
            .Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { grant.Id, Amount = 20.00m, Remaining = 0.00m });
    }

    [Fact]
    public async Task CreditsCoveringTheInvoice_PayItAtFinalization_AndAPartialCreditNoteGivesThemBack()
    {
        var (owner, organizationId) = await CustomerAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        (await GrantAsync(operatorAdmin, organizationId, 50.00m)).EnsureSuccessStatusCode();
        var invoice = await InvoiceAsync(organizationId, 29.00m);
        invoice.Should().BeEquivalentTo(new { Status = InvoiceStatus.Paid, AmountPaid = 34.51m, AmountDue = 0m });

        var note = await (await CreditNoteAsync(operatorAdmin, invoice.Id,
            """{"kind":"Gross","grossAmount":{"amount":13.00,"currency":"EUR"},"reason":"Goodwill"}"""))
            .ShouldBeAsync<CreditNoteDto>(HttpStatusCode.Created);

        note.Should().BeEquivalentTo(new { Total = 12.99m, AppliedToInvoice = 0m, RestoredToCredits = 12.99m, RefundDue = 0m });
        (await WalletAsync(owner)).Balances.Should().ContainSingle().Which.Available.Should().Be(15.49m + 12.99m);
        var restore = await Api.InDatabaseAsync(db => db.CreditLedger.IgnoreQueryFilters()
            .SingleAsync(e => e.Kind == CreditLedgerKind.Restore && e.InvoiceId == invoice.Id, Ct));
        restore.Should().BeEquivalentTo(new { Amount = 12.99m, CreditNoteId = (Guid?)note.Id }, o => o.ExcludingMissingMembers());
    }

    [Fact]
    public async Task ACreditNoteAboveWhatCreditsPaid_RefundsTheRest()
    {
        var (_, organizationId) = await CustomerAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        (await GrantAsync(operatorAdmin, organizationId, 10.00m)).EnsureSuccessStatusCode();
        var invoice = await InvoiceAsync(organizationId, 29.00m);
        await PayAsync(operatorAdmin, invoice, 24.51m);

        var note = await (await CreditNoteAsync(operatorAdmin, invoice.Id, """{"kind":"Full","reason":"Cancelled"}"""))
            .ShouldBeAsync<CreditNoteDto>(HttpStatusCode.Created);

        note.Should().BeEquivalentTo(new { Total = 34.51m, RestoredToCredits = 10.00m, RefundDue = 24.51m });
    }

    [Fact]
    public async Task ExpiredCredits_NeverPay_AndTheJobWritesThemOffOnce()
    {
        var (owner, organizationId) = await CustomerAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        var expiresAt = WholeSeconds(Api.Time.GetUtcNow().AddDays(2));
        (await GrantAsync(operatorAdmin, organizationId, 30.00m, expiresAt)).EnsureSuccessStatusCode();
        (await WalletAsync(owner)).Balances.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Available = 30.00m, NextExpiryAt = (DateTimeOffset?)expiresAt, ExpiringNext = 30.00m });
        Api.Time.Advance(TimeSpan.FromDays(2));
        owner = await Api.LoginAsync(owner.Email, Ct);

        var invoice = await InvoiceAsync(organizationId, 29.00m);
        invoice.AmountPaid.Should().Be(0m, "a grant never pays from its expiry on, whether or not the job has run");
        (await WalletAsync(owner)).Balances.Should().BeEmpty();

        (await Api.SendAsync(new ExpireCredits())).Should().BeGreaterThanOrEqualTo(1);
        (await Api.SendAsync(new ExpireCredits())).Should().Be(0);
        var entries = await Api.InDatabaseAsync(db => db.CreditLedger.IgnoreQueryFilters()
            .Where(e => e.OrganizationId == organizationId).OrderBy(e => e.OccurredAt).Select(e => new { e.Kind, e.Amount }).ToListAsync(Ct));
        entries.Should().Equal(new { Kind = CreditLedgerKind.Grant, Amount = 30.00m }, new { Kind = CreditLedgerKind.Expire, Amount = -30.00m });
    }

    [Fact]
    public async Task Transfer_MovesLiveCredits_WithTheirExpiry_OrNothingWhenTheyFallShort()
    {
        var (sender, senderId) = await CustomerAsync();
        var (receiver, receiverId) = await CustomerAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        var expiresAt = WholeSeconds(Api.Time.GetUtcNow().AddDays(30));
        (await GrantAsync(operatorAdmin, senderId, 10.00m, expiresAt)).EnsureSuccessStatusCode();
        (await GrantAsync(operatorAdmin, senderId, 20.00m)).EnsureSuccessStatusCode();

        var moved = await (await TransferAsync(operatorAdmin, senderId, receiverId, 25.00m))
            .ShouldBeAsync<CreditTransferDto>(HttpStatusCode.Created);

        moved.Received.Select(g => (g.Amount, g.ExpiresAt, g.Source)).Should().Equal(
            (10.00m, (DateTimeOffset?)expiresAt, CreditSource.Transfer), (15.00m, (DateTimeOffset?)null, CreditSource.Transfer));
        (await WalletAsync(sender)).Balances.Single().Available.Should().Be(5.00m);
        (await WalletAsync(receiver)).Balances.Single().Available.Should().Be(25.00m);

        await (await TransferAsync(operatorAdmin, senderId, receiverId, 5.01m))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "credit.insufficient");
        (await WalletAsync(sender)).Balances.Single().Available.Should().Be(5.00m);
        (await WalletAsync(receiver)).Balances.Single().LiveGrants.Should().Be(2);
        var trails = await Api.InDatabaseAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Action == nameof(TransferCredits) && a.Outcome == AuditOutcome.Succeeded)
            .Select(a => a.OrganizationId).ToListAsync(Ct));
        trails.Should().Contain([senderId, receiverId]);
    }

    [Fact]
    public async Task OnlyTheOperator_Grants_AndOnlyAdminsReadTheWallet_OfTheirOwnOrganization()
    {
        var (owner, organizationId) = await CustomerAsync();
        var member = await Api.AddMemberAsync(owner, Roles.Member, Ct);
        var (stranger, strangerId) = await CustomerAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        (await GrantAsync(operatorAdmin, organizationId, 20.00m)).EnsureSuccessStatusCode();

        await (await GrantAsync(owner, organizationId, 1000m)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await TransferAsync(owner, organizationId, strangerId, 1m)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.GetAsync(CreditsUrl, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.GetAsync($"{CreditsUrl}/ledger", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await WalletAsync(stranger)).Balances.Should().BeEmpty();
        (await (await stranger.Client.GetAsync($"{CreditsUrl}/ledger", Ct)).ShouldBeAsync<PagedList<CreditLedgerEntryDto>>(HttpStatusCode.OK))
            .Items.Should().BeEmpty();
        (await WalletAsync(owner)).Balances.Single().Available.Should().Be(20.00m);
    }

    [Theory]
    [InlineData("""{"amount":{"amount":0,"currency":"EUR"},"source":"Goodwill","reason":"x"}""", "amount.amount")]
    [InlineData("""{"amount":{"amount":1.005,"currency":"EUR"},"source":"Goodwill","reason":"x"}""", "amount.amount")]
    [InlineData("""{"amount":{"amount":5,"currency":"XXX"},"source":"Goodwill","reason":"x"}""", "amount.currency")]
    [InlineData("""{"amount":{"amount":5,"currency":"EUR"},"source":"Transfer","reason":"x"}""", "source")]
    [InlineData("""{"amount":{"amount":5,"currency":"EUR"},"source":"Goodwill","reason":""}""", "reason")]
    [InlineData("""{"amount":{"amount":5,"currency":"EUR"},"source":"Goodwill","reason":"x","expiresAt":"2001-01-01T00:00:00Z"}""", "expiresAt")]
    public async Task BadGrant_Is400NamingTheField_AndGrantsNothing(string body, string field)
    {
        var (_, organizationId) = await CustomerAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);

        var problem = await (await PostAsync(operatorAdmin, "grants", body.Insert(1, $"\"organizationId\":\"{organizationId}\","))).ShouldBeInvalidAsync();

        problem.Should().Contain(key => key.Equals(field, StringComparison.OrdinalIgnoreCase));
        (await Api.InDatabaseAsync(db => db.CreditGrants.IgnoreQueryFilters().CountAsync(g => g.OrganizationId == organizationId, Ct))).Should().Be(0);
    }

    [Fact]
    public async Task Grant_NeedsBillingDetailsAndAKey_AndAReplayGrantsOnce()
    {
        var (_, organizationId) = await CustomerAsync();
        var bare = await Api.RegisterAsync(Ct);
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        var key = Guid.NewGuid().ToString();

        await (await GrantAsync(operatorAdmin, await Api.OrganizationIdOfAsync(bare.Email, Ct), 5m))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "billing_customer.missing");
        await (await GrantAsync(operatorAdmin, organizationId, 5m, key: null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var first = await (await GrantAsync(operatorAdmin, organizationId, 5m, key: key)).ShouldBeAsync<CreditGrantDto>(HttpStatusCode.Created);
        var replay = await GrantAsync(operatorAdmin, organizationId, 5m, key: key);

        (await replay.ShouldBeAsync<CreditGrantDto>(HttpStatusCode.Created)).Id.Should().Be(first.Id);
        replay.Headers.GetValues("Idempotency-Replayed").Should().Equal("true");
        (await Api.InDatabaseAsync(db => db.CreditGrants.IgnoreQueryFilters().CountAsync(g => g.OrganizationId == organizationId, Ct))).Should().Be(1);
    }

    [Fact]
    public async Task TheLedger_IsAppendOnly_EvenForSqlThroughTheContext()
    {
        var (_, organizationId) = await CustomerAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        (await GrantAsync(operatorAdmin, organizationId, 5m)).EnsureSuccessStatusCode();

        var update = () => Api.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "CreditLedger" SET "Amount" = 500""", Ct));
        var delete = () => Api.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "CreditLedger" """, Ct));
        var overdraw = () => Api.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "CreditGrants" SET "Remaining" = -1""", Ct));

        (await update.Should().ThrowAsync<Exception>()).Which.ToString().Should().Contain("append-only");
        (await delete.Should().ThrowAsync<Exception>()).Which.ToString().Should().Contain("append-only");
        await overdraw.Should().ThrowAsync<Exception>();
        (await Api.InDatabaseAsync(db => db.CreditLedger.IgnoreQueryFilters().Where(e => e.OrganizationId == organizationId)
            .Select(e => e.Amount).SingleAsync(Ct))).Should().Be(5m);
    }

    /// <summary>PostgreSQL keeps microseconds: an instant sent and read back compares equal only without finer ticks.</summary>
    protected static DateTimeOffset WholeSeconds(DateTimeOffset at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    protected async Task<(Caller Owner, Guid OrganizationId)> CustomerAsync()
    {
        var owner = await Api.RegisterAsync(Ct);
        await owner.SaveGermanConsumerAsync(Ct);
        return (owner, await Api.OrganizationIdOfAsync(owner.Email, Ct));
    }

    protected async Task<InvoiceDto> InvoiceAsync(Guid organizationId, decimal net)
    {
        var draft = await Api.DraftAsync(organizationId, Ct, new DraftLine("Pro, one month", 1m, net));
        return await Api.FinalizeAsync(organizationId, draft.Id, Ct);
    }

    protected Task<HttpResponseMessage> GrantAsync(Caller caller, Guid organizationId, decimal amount,
        DateTimeOffset? expiresAt = null, string? key = "") =>
        PostAsync(caller, "grants", $$"""
            {"organizationId":"{{organizationId}}","amount":{"amount":{{amount.ToString(CultureInfo.InvariantCulture)}},"currency":"EUR"},
             "expiresAt":{{(expiresAt is { } at ? $"\"{at:O}\"" : "null")}},"source":"Goodwill","reason":"Outage in May"}
            """, key);

    protected static Task<HttpResponseMessage> TransferAsync(Caller caller, Guid from, Guid to, decimal amount) =>
        PostAsync(caller, "transfers", $$"""
            {"fromOrganizationId":"{{from}}","toOrganizationId":"{{to}}","amount":{"amount":{{amount.ToString(CultureInfo.InvariantCulture)}},"currency":"EUR"},"reason":"Merged accounts"}
            """);

    protected async Task<CreditWalletDto> WalletAsync(Caller caller) =>
        await (await caller.Client.GetAsync(CreditsUrl, Ct)).ShouldBeAsync<CreditWalletDto>(HttpStatusCode.OK);

    private static async Task<HttpResponseMessage> PostAsync(Caller caller, string path, string body, string? key = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{CreditsUrl}/{path}")
        {
            Content = new StringContent(body, new MediaTypeHeaderValue("application/json")),
        };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key.Length == 0 ? Guid.NewGuid().ToString() : key);
        return await caller.Client.SendAsync(request, Ct);
    }

    private static Task<HttpResponseMessage> CreditNoteAsync(Caller caller, Guid invoiceId, string body) =>
        caller.IssueCreditNoteAsync(invoiceId, body, Ct);

    private async Task PayAsync(Caller operatorAdmin, InvoiceDto invoice, decimal amount) =>
        (await operatorAdmin.RecordTransferAsync(invoice, amount, Api.Time.GetUtcNow(), Ct)).EnsureSuccessStatusCode();
}

[Collection(PostgresApi.Name)]
public sealed class CreditPostgresTests(PostgresApiFactory api) : CreditTests<PostgresApiFactory>(api)
{
    [Fact]
    public async Task TwentyInvoicesFinalizedAtOnce_NeverSpendMoreThanTheCreditsHold()
    {
        var (owner, organizationId) = await CustomerAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        (await GrantAsync(operatorAdmin, organizationId, 100.00m)).EnsureSuccessStatusCode();
        var drafts = new List<InvoiceDto>();
        for (var i = 0; i < 20; i++)
            drafts.Add(await Api.DraftAsync(organizationId, Ct, new DraftLine("Seat", 1m, 10.00m)));

        var invoices = await Task.WhenAll(drafts.Select(d => Api.FinalizeAsync(organizationId, d.Id, Ct)));

        invoices.Sum(i => i.AmountPaid).Should().Be(100.00m);
        invoices.Count(i => i.Status == InvoiceStatus.Paid).Should().Be(8, "each takes 11.90; the ninth gets the last 4.80");
        (await WalletAsync(owner)).Balances.Should().BeEmpty();
        var remaining = await Api.InDatabaseAsync(db => db.CreditGrants.IgnoreQueryFilters()
            .Where(g => g.OrganizationId == organizationId).Select(g => g.Remaining).SingleAsync(Ct));
        remaining.Should().Be(0m);
    }

    [Fact]
    public async Task TenTransfersAtOnce_MoveNoMoreThanTheSenderHolds()
    {
        var (sender, senderId) = await CustomerAsync();
        var (receiver, receiverId) = await CustomerAsync();
        var operatorAdmin = await Api.AddPlatformAdminAsync(Ct);
        (await GrantAsync(operatorAdmin, senderId, 100.00m)).EnsureSuccessStatusCode();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => TransferAsync(operatorAdmin, senderId, receiverId, 15.00m)));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).Should().Be(6);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            await refused.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "credit.insufficient");
        (await WalletAsync(sender)).Balances.Single().Available.Should().Be(10.00m);
        (await WalletAsync(receiver)).Balances.Single().Available.Should().Be(90.00m);
    }
}

[Collection(SqliteApi.Name)]
public sealed class CreditSqliteTests(SqliteApiFactory api) : CreditTests<SqliteApiFactory>(api);
