using CleanPlatform.Domain.Billing.Payments;
using static CleanPlatform.Domain.UnitTests.Billing.InvoiceTotalsTests;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>billing.md §5: a payment's states.</summary>
public sealed class PaymentTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TransferReceived_IsSucceededAtItsValueDate()
    {
        var payment = Payment.TransferReceived(Guid.NewGuid(), Guid.NewGuid(), Eur("34.51"), " INV-2026-000001 ", Now.AddDays(-1), Now);

        payment.Should().BeEquivalentTo(new
        {
            Method = PaymentMethod.BankTransfer,
            Status = PaymentStatus.Succeeded,
            Money = Eur("34.51"),
            Reference = "INV-2026-000001",
            SucceededAt = (DateTimeOffset?)Now.AddDays(-1),
        });
    }

    [Theory]
    [InlineData("0.00", 0, "payment.amount_invalid")]
    [InlineData("10.00", 1, "payment.received_in_future")]
    public void TransferReceived_Refuses(string amount, int daysAhead, string code)
    {
        var received = () => Payment.TransferReceived(Guid.NewGuid(), Guid.NewGuid(), Eur(amount), "INV-2026-000001",
            Now.AddDays(daysAhead), Now);

        received.Should().Throw<DomainException>().Which.Code.Should().Be(code);
    }

    [Fact]
    public void AProvidersPayment_GoesThroughAction_ToOneFinalState()
    {
        var paid = Payment.Start(Guid.NewGuid(), Guid.NewGuid(), PaymentMethod.Card, Eur("55.54"), Now);
        var failed = Payment.Start(Guid.NewGuid(), Guid.NewGuid(), PaymentMethod.Card, Eur("55.54"), Now);

        paid.RequireAction();
        paid.Succeed("pi_123", Now.AddMinutes(2));
        failed.Fail("card_declined");

        paid.Should().BeEquivalentTo(new { Status = PaymentStatus.Succeeded, Reference = "pi_123", SucceededAt = (DateTimeOffset?)Now.AddMinutes(2) });
        failed.Should().BeEquivalentTo(new { Status = PaymentStatus.Failed, FailureReason = "card_declined" });
        var again = () => failed.Succeed("pi_124", Now);
        again.Should().Throw<DomainException>().Which.Code.Should().Be("payment.not_pending");
    }
}
