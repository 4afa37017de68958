using CleanPlatform.Domain.Billing.Credits;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>billing.md §8, §12 (#17–#18) and §15: prepaid credit grants, their ledger, paying, restoring, expiring, moving.</summary>
public sealed class CreditWalletTests
{
    private static readonly Guid Organization = Guid.Parse("0190f0e2-0000-7000-8000-000000000001");
    private static readonly Guid Receiver = Guid.Parse("0190f0e2-0000-7000-8000-000000000002");
    private static readonly Guid Invoice = Guid.Parse("0190f0e2-0000-7000-8000-0000000000aa");
    private static readonly Guid Note = Guid.Parse("0190f0e2-0000-7000-8000-0000000000bb");
    private static readonly DateTimeOffset June11 = Day(2026, 6, 11);

    [Fact]
    public void Pay_TheVectorsGrants_TakeG4ThenG2ThenPartOfG1()
    {
        var (g1, g2, g3, g4) = VectorGrants();

        var (paid, entries) = CreditWallet.Pay([g1, g2, g3, g4], Eur(55.54m), Invoice, June11);

        paid.Should().Be(Eur(55.54m));
        entries.Select(e => (e.GrantId, e.Kind, e.Amount, e.RemainingAfter, e.InvoiceId)).Should().Equal(
            (g4.Id, CreditLedgerKind.Consume, -10.00m, 0.00m, Invoice),
            (g2.Id, CreditLedgerKind.Consume, -30.00m, 0.00m, Invoice),
            (g1.Id, CreditLedgerKind.Consume, -15.54m, 34.46m, Invoice)); // #17
        new[] { g1, g2, g3, g4 }.Select(g => g.Remaining).Should().Equal(34.46m, 0.00m, 20.00m, 0.00m); // #18
    }

    [Fact]
    public void Expire_OnJanuaryFirst_WritesOffWhatG1HasLeft()
    {
        var (g1, g2, g3, g4) = VectorGrants();
        CreditWallet.Pay([g1, g2, g3, g4], Eur(55.54m), Invoice, June11);

        var entries = new[] { g1, g2, g3, g4 }.Select(g => g.Expire(Day(2027, 1, 1))).OfType<CreditLedgerEntry>().ToList();

        entries.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { GrantId = g1.Id, Kind = CreditLedgerKind.Expire, Amount = -34.46m, RemainingAfter = 0m });
        new[] { g1, g2, g3, g4 }.Sum(g => g.Remaining).Should().Be(20.00m);
        g1.Expire(Day(2027, 1, 2)).Should().BeNull("running the job again expires nothing more");
    }

    [Fact]
    public void Pay_MoreThanTheCreditsHold_PaysWhatTheyHold()
    {
        var (g1, g2, g3, g4) = VectorGrants();

        var (paid, _) = CreditWallet.Pay([g1, g2, g3, g4], Eur(150m), Invoice, June11);

        paid.Should().Be(Eur(110m));
        new[] { g1, g2, g3, g4 }.Should().OnlyContain(g => g.Remaining == 0m);
    }

    [Fact]
    public void Restore_PartOfWhatPaid_GoesBackToTheLastGrantUsedFirst()
    {
        var (g1, g2, g3, g4) = VectorGrants();
        var (_, paidEntries) = CreditWallet.Pay([g1, g2, g3, g4], Eur(55.54m), Invoice, June11);

        var (restored, entries) = CreditWallet.Restore([g1, g2, g4], paidEntries, Eur(20.00m), Invoice, Note, June11);

        restored.Should().Be(Eur(20.00m));
        entries.Select(e => (e.GrantId, e.Kind, e.Amount, e.CreditNoteId)).Should().Equal(
            (g1.Id, CreditLedgerKind.Restore, 15.54m, Note),
            (g2.Id, CreditLedgerKind.Restore, 4.46m, Note));
        (g1.Remaining, g2.Remaining, g4.Remaining).Should().Be((50.00m, 4.46m, 0.00m));
    }

    [Fact]
    public void Restore_MoreThanCreditsPaid_GivesBackOnlyWhatTheyPaidMinusEarlierRestores()
    {
        var (g1, g2, g3, g4) = VectorGrants();
        var (_, paidEntries) = CreditWallet.Pay([g1, g2, g3, g4], Eur(55.54m), Invoice, June11);
        var (_, first) = CreditWallet.Restore([g1, g2, g4], paidEntries, Eur(20.00m), Invoice, Note, June11);

        var (restored, entries) = CreditWallet.Restore([g1, g2, g4], [.. paidEntries, .. first], Eur(100m), Invoice, Note, June11);

        restored.Should().Be(Eur(35.54m));
        entries.Select(e => e.GrantId).Should().Equal(g2.Id, g4.Id);
        (g1.Remaining, g2.Remaining, g4.Remaining).Should().Be((50.00m, 30.00m, 10.00m));
    }

    [Fact]
    public void Restore_ToAnExpiredGrant_ExpiresItAgainAtOnce()
    {
        var (g1, g2, g3, g4) = VectorGrants();
        var (_, paidEntries) = CreditWallet.Pay([g1, g2, g3, g4], Eur(55.54m), Invoice, June11);
        var later = Day(2026, 11, 1); // G2 and G4 expired on 1 October

        var (restored, entries) = CreditWallet.Restore([g1, g2, g4], paidEntries, Eur(55.54m), Invoice, Note, later);

        restored.Should().Be(Eur(55.54m));
        entries.Select(e => (e.GrantId, e.Kind, e.Amount)).Should().Equal(
            (g1.Id, CreditLedgerKind.Restore, 15.54m),
            (g2.Id, CreditLedgerKind.Restore, 30.00m), (g2.Id, CreditLedgerKind.Expire, -30.00m),
            (g4.Id, CreditLedgerKind.Restore, 10.00m), (g4.Id, CreditLedgerKind.Expire, -10.00m));
        (g1.Remaining, g2.Remaining, g4.Remaining).Should().Be((50.00m, 0m, 0m));
    }

    [Fact]
    public void Transfer_TakesGrantsInPayingOrder_AndTheReceiverKeepsTheirExpiry()
    {
        var (g1, g2, g3, g4) = VectorGrants();

        var (received, entries) = CreditWallet.Transfer([g1, g2, g3, g4], Receiver, Eur(45.00m), "Merged accounts", June11);

        received.Select(g => (g.OrganizationId, g.Amount, g.ExpiresAt, g.Source, g.TransferredFromGrantId)).Should().Equal(
            (Receiver, 10.00m, g4.ExpiresAt, CreditSource.Transfer, g4.Id),
            (Receiver, 30.00m, g2.ExpiresAt, CreditSource.Transfer, g2.Id),
            (Receiver, 5.00m, g1.ExpiresAt, CreditSource.Transfer, g1.Id));
        received.Should().OnlyContain(g => g.GrantedAt == June11 && g.Reason == "Merged accounts");
        entries.Where(e => e.Kind == CreditLedgerKind.TransferOut).Select(e => (e.GrantId, e.Amount, e.CounterpartGrantId))
            .Should().Equal((g4.Id, -10.00m, received[0].Id), (g2.Id, -30.00m, received[1].Id), (g1.Id, -5.00m, received[2].Id));
        entries.Where(e => e.Kind == CreditLedgerKind.Grant).Should().HaveCount(3)
            .And.OnlyContain(e => e.OrganizationId == Receiver);
        g1.Remaining.Should().Be(45.00m);
    }

    [Fact]
    public void Transfer_MoreThanTheLiveCreditsHold_MovesNothing()
    {
        var (g1, g2, g3, g4) = VectorGrants();

        var act = () => CreditWallet.Transfer([g1, g2, g3, g4], Receiver, Eur(80.00m), "Too much", Day(2026, 10, 1));

        act.Should().Throw<DomainException>().Where(e => e.Code == "credit.insufficient");
        new[] { g1, g2, g3, g4 }.Select(g => g.Remaining).Should().Equal(50.00m, 30.00m, 20.00m, 10.00m);
    }

    [Theory]
    [InlineData("0", "credit_grant.amount_invalid")]
    [InlineData("-5", "credit_grant.amount_invalid")]
    public void Grant_NothingOrLess_IsRefused(string amount, string code)
    {
        var act = () => CreditGrant.Grant(Organization, Eur(decimal.Parse(amount, CultureInfo.InvariantCulture)), null,
            CreditSource.Goodwill, "Sorry", June11);

        act.Should().Throw<DomainException>().Where(e => e.Code == code);
    }

    [Fact]
    public void Grant_ExpiringNowOrBefore_IsRefused() =>
        FluentActions.Invoking(() => CreditGrant.Grant(Organization, Eur(5m), June11, CreditSource.Goodwill, "Sorry", June11))
            .Should().Throw<DomainException>().Where(e => e.Code == "credit_grant.expires_in_past");

    [Fact]
    public void Grant_WithoutReason_IsRefused() =>
        FluentActions.Invoking(() => CreditGrant.Grant(Organization, Eur(5m), null, CreditSource.Goodwill, "  ", June11))
            .Should().Throw<DomainException>().Where(e => e.Code == "credit_grant.reason_invalid");

    [Fact]
    public void Consume_AnExpiredGrant_IsRefused()
    {
        var (g1, _, _, _) = VectorGrants();

        var act = () => g1.Consume(Eur(1m), Invoice, Day(2027, 1, 1));

        act.Should().Throw<DomainException>().Where(e => e.Code == "credit_grant.not_live");
    }

    [Fact]
    public void Restore_MoreThanWasUsed_IsRefused()
    {
        var (g1, _, _, _) = VectorGrants();
        g1.Consume(Eur(5m), Invoice, June11);

        var act = () => g1.Restore(Eur(5.01m), Invoice, Note, June11);

        act.Should().Throw<DomainException>().Where(e => e.Code == "credit_grant.restore_invalid");
    }

    /// <summary>Whatever pays, is restored, moved or expires, in whatever order: no grant ever holds less than 0.</summary>
    [Property(MaxTest = 300)]
    public Property AnySequence_NoGrantEverGoesBelow0_AndTheLedgerAddsUp() =>
        Prop.ForAll(Operations.ToArbitrary(), operations =>
        {
            var granted = new[] { (50.00m, 10, 365), (30.00m, 20, 100), (20.00m, 30, 0), (10.00m, 5, 100) }
                .Select(g => CreditGrant.Grant(Organization, Eur(g.Item1), g.Item3 == 0 ? null : June11.AddDays(g.Item3),
                    CreditSource.Purchase, "Top-up", June11.AddDays(-g.Item2)))
                .ToList();
            var grants = granted.Select(g => g.Grant).ToList();
            var ledger = granted.Select(g => g.Entry).ToList();
            var invoices = new List<Guid>();
            var at = June11;
            foreach (var (kind, cents, days) in operations)
            {
                at = at.AddDays(days);
                var amount = Eur(cents / 100m);
                try
                {
                    switch (kind)
                    {
                        case 0:
                            var invoice = Guid.NewGuid();
                            invoices.Add(invoice);
                            ledger.AddRange(CreditWallet.Pay(grants.Where(g => g.OrganizationId == Organization).ToList(),
                                amount, invoice, at).Entries);
                            break;
                        case 1 when invoices.Count > 0:
                            var credited = invoices[cents % invoices.Count];
                            ledger.AddRange(CreditWallet.Restore(grants, ledger, amount, credited, Note, at).Entries);
                            break;
                        case 2:
                            var (received, moved) = CreditWallet.Transfer(grants.Where(g => g.OrganizationId == Organization).ToList(),
                                Receiver, amount, "Move", at);
                            ledger.AddRange(moved);
                            grants.AddRange(received);
                            break;
                        default:
                            ledger.AddRange(grants.Select(g => g.Expire(at)).OfType<CreditLedgerEntry>());
                            break;
                    }
                }
                catch (DomainException ex) when (ex.Code == "credit.insufficient")
                {
                }
            }

            return grants.All(g => g.Remaining >= 0m && g.Remaining <= g.Amount)
                && ledger.All(e => e.RemainingAfter >= 0m)
                && grants.All(g => ledger.Where(e => e.GrantId == g.Id).Sum(e => e.Amount) == g.Remaining);
        });

    private static Gen<(int Kind, int Cents, int Days)[]> Operations =>
        Gen.ArrayOf(
            from kind in Gen.Choose(0, 3)
            from cents in Gen.Choose(1, 9000)
            from days in Gen.Choose(0, 60)
            select (kind, cents, days));

    /// <summary>billing.md §8's four grants, granted on their dates.</summary>
    private static (CreditGrant G1, CreditGrant G2, CreditGrant G3, CreditGrant G4) VectorGrants() =>
        (Granted(50.00m, Day(2026, 1, 10), Day(2027, 1, 1)), Granted(30.00m, Day(2026, 2, 1), Day(2026, 10, 1)),
            Granted(20.00m, Day(2026, 3, 1), null), Granted(10.00m, Day(2026, 1, 15), Day(2026, 10, 1)));

    private static CreditGrant Granted(decimal amount, DateTimeOffset at, DateTimeOffset? expiresAt) =>
        CreditGrant.Grant(Organization, Eur(amount), expiresAt, CreditSource.Purchase, "Top-up", at).Grant;

    private static Money Eur(decimal amount) => new(amount, "EUR");

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
