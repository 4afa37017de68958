using CleanPlatform.Application.Billing.Catalogue.Common;
using CleanPlatform.Application.Billing.Catalogue.ListPlanPrices;
using CleanPlatform.Application.Billing.Catalogue.ListPlans;
using CleanPlatform.Domain.Billing.Subscriptions;
using CleanPlatform.Infrastructure.Persistence.Seeding;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>
/// The plan catalogue over HTTP. The catalogue is shared by every organization and survives resets, so each test that
/// publishes prices does it in a currency of its own.
/// </summary>
public abstract class PlanCatalogueTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Url = "/api/v1/billing/plans";

    [Fact]
    public async Task ListPlans_WithoutCredentials_GivesThePlansInOrderWithTheirLimitsAndPrices()
    {
        using var anonymous = Api.CreateClient();

        var catalogue = await (await anonymous.GetAsync(Url, Ct)).ShouldBeAsync<PlanCatalogueDto>(HttpStatusCode.OK);

        catalogue.Plans.Select(p => p.Code).Should().Equal("Free", "Pro", "Enterprise");
        catalogue.Currencies.Should().Contain(["EUR", "USD"]);
        var pro = catalogue.Plans[1];
        pro.Should().BeEquivalentTo(new
        {
            Name = "Pro",
            TrialDays = 14,
            RequestsPerMinute = 1000,
            MonthlyQuota = (long)ApiFactory.ProMonthlyQuota,
        });
        Current(pro, "EUR").Should().Equal((BillingInterval.Monthly, 29.00m), (BillingInterval.Yearly, 290.00m));
        Current(pro, "USD").Should().Equal((BillingInterval.Monthly, 32.00m), (BillingInterval.Yearly, 320.00m));
        Current(catalogue.Plans[0], "EUR").Should().Equal((BillingInterval.Monthly, 0m), (BillingInterval.Yearly, 0m));
        catalogue.Plans.SelectMany(p => p.Prices).Should().OnlyContain(p => p.RetiredAt == null);
    }

    [Fact]
    public async Task ListPlans_InOneCurrency_GivesOnlyItsPrices()
    {
        using var anonymous = Api.CreateClient();

        var catalogue = await (await anonymous.GetAsync($"{Url}?currency=USD", Ct)).ShouldBeAsync<PlanCatalogueDto>(HttpStatusCode.OK);

        catalogue.Plans.Should().HaveCount(3).And.OnlyContain(p => p.Prices.Count == 2);
        catalogue.Plans.SelectMany(p => p.Prices).Should().OnlyContain(p => p.Amount.Currency == "USD");
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("XYZ")]
    public async Task ListPlans_InAnUnsupportedCurrency_Is400NamingIt(string currency)
    {
        using var anonymous = Api.CreateClient();

        var response = await anonymous.GetAsync($"{Url}?currency={currency}", Ct);

        (await response.ShouldBeInvalidAsync()).Should().Contain("currency");
    }

    [Fact]
    public async Task PublishPlanPrice_RetiresTheCurrentRevision_AndTheCatalogueShowsTheNext()
    {
        var admin = await Api.AddPlatformAdminAsync(Ct);
        await (await Api.CreateClient().GetAsync(Url, Ct)).ShouldBeAsync<PlanCatalogueDto>(HttpStatusCode.OK); // now cached

        var first = await PublishedAsync(admin, "Pro", "CHF", 30.00m, revision: 0);
        var response = await Publish(admin, "Pro", "CHF", 35.50m, revision: 1);
        var second = await response.ShouldBeAsync<PlanPriceDto>(HttpStatusCode.Created);

        first.Revision.Should().Be(1);
        second.Should().BeEquivalentTo(new { Revision = 2, Amount = new MoneyDto(35.50m, "CHF"), RetiredAt = (DateTimeOffset?)null });
        response.Headers.Location!.ToString().Should().EndWith($"{Url}/Pro/prices");
        var history = await (await admin.Client.GetAsync($"{Url}/Pro/prices", Ct)).ShouldBeAsync<PlanPriceHistoryDto>(HttpStatusCode.OK);
        history.Prices.Where(p => p.Amount.Currency == "CHF").Select(p => (p.Revision, p.Amount.Amount, p.RetiredAt is null))
            .Should().Equal((2, 35.50m, true), (1, 30.00m, false));
        var catalogue = await (await Api.CreateClient().GetAsync($"{Url}?currency=CHF", Ct)).ShouldBeAsync<PlanCatalogueDto>(HttpStatusCode.OK);
        var shown = catalogue.Plans.Single(p => p.Code == "Pro").Prices.Should().ContainSingle().Subject;
        // PostgreSQL keeps microseconds: the stored time may lose the response's last tick.
        shown.Should().BeEquivalentTo(second, o => o.Excluding(p => p.ActiveFrom));
        shown.ActiveFrom.Should().BeCloseTo(second.ActiveFrom, TimeSpan.FromMilliseconds(1));
        catalogue.Currencies.Should().Contain("CHF");
    }

    [Fact]
    public async Task PublishPlanPrice_IsAudited()
    {
        var admin = await Api.AddPlatformAdminAsync(Ct);

        var price = await PublishedAsync(admin, "Enterprise", "DKK", 750m, revision: 0);

        var entry = await Api.InDatabaseAsync(db => db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(e => e.EntityId == price.Id.ToString(), Ct));
        entry.Should().BeEquivalentTo(new { Action = "PublishPlanPrice", EntityType = "PlanPrice" });
    }

    [Fact]
    public async Task PublishPlanPrice_OfAFreePlan_MayBeZero_ButNotTheSameTwice()
    {
        var admin = await Api.AddPlatformAdminAsync(Ct);
        await PublishedAsync(admin, "Free", "GBP", 0m, revision: 0);

        var again = await Publish(admin, "Free", "GBP", 0m, revision: 1);

        await again.ShouldBeProblemWithCodeAsync(HttpStatusCode.UnprocessableEntity, "price.unchanged");
    }

    [Fact]
    public async Task PublishPlanPrice_WithAStaleRevision_Is409AndWritesNothing()
    {
        var admin = await Api.AddPlatformAdminAsync(Ct);
        await PublishedAsync(admin, "Pro", "NOK", 300m, revision: 0);

        var stale = await Publish(admin, "Pro", "NOK", 320m, revision: 0);

        await stale.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "price.revision_mismatch");
        (await PricesAsync(admin, "Pro", "NOK")).Should().ContainSingle().Which.Amount.Amount.Should().Be(300m);
    }

    [Fact]
    public async Task PublishPlanPrice_TwoAtOnce_OneWinsAndTheOtherIs409()
    {
        var admin = await Api.AddPlatformAdminAsync(Ct);

        var responses = await Task.WhenAll(
            Publish(admin, "Pro", "SEK", 310m, revision: 0), Publish(admin, "Pro", "SEK", 330m, revision: 0));

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        (await PricesAsync(admin, "Pro", "SEK")).Should().ContainSingle().Which.Revision.Should().Be(1);
    }

    [Theory]
    [InlineData(-1.00, "EUR", 0, "amount.amount")]
    [InlineData(10.005, "EUR", 0, "amount.amount")]
    [InlineData(1_000_000_001, "EUR", 0, "amount.amount")]
    [InlineData(10.00, "EURO", 0, "amount.currency")]
    [InlineData(10.00, "EUR", -1, "revision")]
    public async Task PublishPlanPrice_BadInput_Is400NamingTheField(decimal amount, string currency, int revision, string field)
    {
        var admin = await Api.AddPlatformAdminAsync(Ct);

        var response = await Publish(admin, "Pro", currency, amount, revision);

        (await response.ShouldBeInvalidAsync()).Should().Contain(field);
    }

    [Fact]
    public async Task PublishPlanPrice_ToAnUnknownPlan_Is404()
    {
        var admin = await Api.AddPlatformAdminAsync(Ct);

        await (await Publish(admin, "Gold", "EUR", 10m, revision: 0)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.Client.GetAsync($"{Url}/Gold/prices", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PublishPlanPrice_ByAnOrganizationAdmin_Is403_AndWithoutCredentials_401()
    {
        var owner = await Api.RegisterAsync(Ct);

        await (await Publish(owner, "Free", "PLN", 1m, revision: 0)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await owner.Client.GetAsync($"{Url}/Free/prices", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = Api.CreateClient();
        var unsigned = await anonymous.PostAsJsonAsync($"{Url}/Free/prices",
            new { interval = "Monthly", amount = new { amount = 1m, currency = "PLN" }, revision = 0 }, Ct);
        unsigned.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Seeding_AtTheNextStart_KeepsPublishedPrices()
    {
        var admin = await Api.AddPlatformAdminAsync(Ct);
        await PublishedAsync(admin, "Enterprise", "USD", 119m, revision: (await PricesAsync(admin, "Enterprise", "USD"))[0].Revision);

        await using (var scope = Api.Services.CreateAsyncScope())
        {
            foreach (var module in scope.ServiceProvider.GetServices<IModuleReferenceData>())
                await module.EnsureAsync(Ct);
        }

        var current = (await PricesAsync(admin, "Enterprise", "USD")).Where(p => p.RetiredAt is null);
        current.Select(p => (p.Interval, p.Amount.Amount)).Should()
            .BeEquivalentTo([(BillingInterval.Monthly, 119m), (BillingInterval.Yearly, 1090m)]);
    }

    private static IEnumerable<(BillingInterval, decimal)> Current(PlanDto plan, string currency) =>
        plan.Prices.Where(p => p.Amount.Currency == currency).Select(p => (p.Interval, p.Amount.Amount));

    private static Task<HttpResponseMessage> Publish(Caller caller, string code, string currency, decimal amount, int revision) =>
        caller.Client.PostAsJsonAsync($"{Url}/{code}/prices",
            new { interval = "Monthly", amount = new { amount, currency }, revision }, Ct);

    private static async Task<PlanPriceDto> PublishedAsync(Caller caller, string code, string currency, decimal amount, int revision) =>
        await (await Publish(caller, code, currency, amount, revision)).ShouldBeAsync<PlanPriceDto>(HttpStatusCode.Created);

    private static async Task<IReadOnlyList<PlanPriceDto>> PricesAsync(Caller caller, string code, string currency) =>
        [.. (await (await caller.Client.GetAsync($"{Url}/{code}/prices", Ct)).ShouldBeAsync<PlanPriceHistoryDto>(HttpStatusCode.OK))
            .Prices.Where(p => p.Amount.Currency == currency)];
}

[Collection(PostgresApi.Name)]
public sealed class PlanCataloguePostgresTests(PostgresApiFactory api) : PlanCatalogueTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class PlanCatalogueSqliteTests(SqliteApiFactory api) : PlanCatalogueTests<SqliteApiFactory>(api);
