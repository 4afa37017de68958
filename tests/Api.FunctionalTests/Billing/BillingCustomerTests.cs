using CleanPlatform.Application.Billing.Customers.Common;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>An organization's billing details over HTTP; the operator sells from DE (appsettings.json).</summary>
public abstract class BillingCustomerTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Url = "/api/v1/billing/customer";

    [Fact]
    public async Task Save_TheFirstTime_GivesVersionOne_AndTheVatThatApplies()
    {
        var owner = await Api.RegisterAsync(Ct);

        var saved = await (await owner.Client.PutAsJsonAsync(Url, Details(), Ct)).ShouldBeAsync<BillingCustomerDto>(HttpStatusCode.OK);

        saved.Should().BeEquivalentTo(new
        {
            LegalName = "Acme SARL",
            Version = 1,
            VatNumber = "FR11123456782",
            VatNumberStatus = VatNumberStatus.Unchecked,
            Address = new { Country = "FR", PostalCode = "75001" },
            TimeZone = "Europe/Paris",
            Currency = "EUR",
            // A business in another member state whose number VIES has not confirmed: taxed as a consumer, at FR's rate.
            Vat = new { Case = VatCase.OtherStateConsumer, Rate = 20m, Category = "S", Mention = (string?)null },
        });
        saved.Evidence.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Source = EvidenceSource.BillingAddress, Country = "FR" });
        (await (await owner.Client.GetAsync(Url, Ct)).ShouldBeAsync<BillingCustomerDto>(HttpStatusCode.OK))
            .Should().BeEquivalentTo(saved, o => o.Excluding(c => c.UpdatedAt).Excluding(c => c.Evidence));
    }

    [Fact]
    public async Task Get_BeforeTheFirstSave_Is404()
    {
        var owner = await Api.RegisterAsync(Ct);

        await (await owner.Client.GetAsync(Url, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("CH", "8001", "Europe/Zurich", VatCase.OutsideEu, 0)]
    [InlineData("ES", "35001", "Atlantic/Canary", VatCase.OutsideEu, 0)]
    [InlineData("DE", "10115", "Europe/Berlin", VatCase.DomesticConsumer, 19)]
    [InlineData("EE", "10111", "Europe/Tallinn", VatCase.OtherStateConsumer, 24)]
    public async Task Save_AConsumer_IsTaxedWhereTheyAre(string country, string postalCode, string zone, VatCase expected, decimal rate)
    {
        var owner = await Api.RegisterAsync(Ct);

        var saved = await (await owner.Client.PutAsJsonAsync(Url,
            Details(country: country, postalCode: postalCode, vatNumber: null, business: false, timeZone: zone), Ct))
            .ShouldBeAsync<BillingCustomerDto>(HttpStatusCode.OK);

        saved.Vat.Should().BeEquivalentTo(new { Case = expected, Rate = rate });
    }

    [Fact]
    public async Task Save_Again_WithTheVersionRead_MovesOn_AndKeepsTheEvidenceOfEachCountry()
    {
        var owner = await Api.RegisterAsync(Ct);
        var first = await (await owner.Client.PutAsJsonAsync(Url, Details(), Ct)).ShouldBeAsync<BillingCustomerDto>(HttpStatusCode.OK);

        var moved = await (await owner.Client.PutAsJsonAsync(Url,
            Details(version: first.Version, country: "DE", postalCode: "10115", vatNumber: "de 123.456-788", timeZone: "Europe/Berlin"), Ct))
            .ShouldBeAsync<BillingCustomerDto>(HttpStatusCode.OK);

        moved.Should().BeEquivalentTo(new { Version = 2, VatNumber = "DE123456788", Vat = new { Case = VatCase.DomesticBusiness, Rate = 19m } });
        moved.Evidence.Select(e => e.Country).Should().Equal("DE", "FR"); // newest first
    }

    [Fact]
    public async Task Save_WithAStaleVersion_Is409AndWritesNothing()
    {
        var owner = await Api.RegisterAsync(Ct);
        await (await owner.Client.PutAsJsonAsync(Url, Details(), Ct)).ShouldBeAsync<BillingCustomerDto>(HttpStatusCode.OK);

        var stale = await owner.Client.PutAsJsonAsync(Url, Details(legalName: "Other name"), Ct);

        await stale.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "billing_customer.version_mismatch");
        (await (await owner.Client.GetAsync(Url, Ct)).ShouldBeAsync<BillingCustomerDto>(HttpStatusCode.OK)).LegalName.Should().Be("Acme SARL");
    }

    [Fact]
    public async Task Save_TwoFirstSavesAtOnce_OneWinsAndTheOtherIs409()
    {
        var owner = await Api.RegisterAsync(Ct);

        var responses = await Task.WhenAll(
            owner.Client.PutAsJsonAsync(Url, Details(), Ct), owner.Client.PutAsJsonAsync(Url, Details(legalName: "Second"), Ct));

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
    }

    [Theory]
    [InlineData("vatNumber", "FR12123456782")]
    [InlineData("vatNumber", "BE123456749")]
    [InlineData("vatNumber", "DE123456788")]
    [InlineData("address.country", "ZZ")]
    [InlineData("address.country", "fr")]
    [InlineData("timeZone", "Europe/Atlantis")]
    [InlineData("currency", "EURO")]
    [InlineData("email", "not-an-address")]
    [InlineData("legalName", "")]
    public async Task Save_BadInput_Is400NamingTheField(string field, string value)
    {
        var owner = await Api.RegisterAsync(Ct);
        var body = field switch
        {
            "vatNumber" => Details(vatNumber: value),
            "address.country" => Details(country: value),
            "timeZone" => Details(timeZone: value),
            "currency" => Details(currency: value),
            "email" => Details(email: value),
            _ => Details(legalName: value),
        };

        var response = await owner.Client.PutAsJsonAsync(Url, body, Ct);

        (await response.ShouldBeInvalidAsync()).Should().Contain(field);
        await (await owner.Client.GetAsync(Url, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Save_ByAMember_Is403_AndAnotherOrganizationNeverSeesIt()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        await (await admin.Client.PutAsJsonAsync(Url, Details(), Ct)).ShouldBeAsync<BillingCustomerDto>(HttpStatusCode.OK);
        var stranger = await Api.RegisterAsync(Ct);

        await (await member.Client.PutAsJsonAsync(Url, Details(version: 1), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.GetAsync(Url, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.Client.GetAsync(Url, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static object Details(int version = 0, string legalName = "Acme SARL", string email = "billing@acme.test",
        string country = "FR", string? postalCode = "75001", string? vatNumber = "FR 11 123 456 782", bool business = true,
        string timeZone = "Europe/Paris", string currency = "EUR") => new
        {
            version,
            legalName,
            email,
            address = new { line1 = "1 rue de Rivoli", line2 = (string?)null, city = "Paris", postalCode, country },
            isBusiness = business,
            vatNumber,
            timeZone,
            currency,
        };
}

[Collection(PostgresApi.Name)]
public sealed class BillingCustomerPostgresTests(PostgresApiFactory api) : BillingCustomerTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BillingCustomerSqliteTests(SqliteApiFactory api) : BillingCustomerTests<SqliteApiFactory>(api);
