using CleanPlatform.Api.Controllers.V1.Betting;
using CleanPlatform.Api.Controllers.V1.Billing;
using CleanPlatform.Api.Controllers.V1.Identity;
using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Application.Betting.Alerts.SendTestAlert;
using CleanPlatform.Application.Betting.Alerts.UpdateAlertPreferences;
using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Application.Betting.Analytics.GetBankrollSeries;
using CleanPlatform.Application.Betting.Analytics.GetBettingSummary;
using CleanPlatform.Application.Betting.Analytics.GetPlacementHeatmap;
using CleanPlatform.Application.Betting.Analytics.GetWinRate;
using CleanPlatform.Application.Betting.Analytics.ListAgentPerformance;
using CleanPlatform.Application.Betting.Analytics.ListBookmakerPerformance;
using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Bets.PlaceBet;
using CleanPlatform.Application.Betting.Bets.RecordClosingLines;
using CleanPlatform.Application.Betting.Bets.SettleBets;
using CleanPlatform.Application.Betting.Catalog.ListSports;
using CleanPlatform.Application.Betting.CollectOdds;
using CleanPlatform.Application.Betting.Events.ListEvents;
using CleanPlatform.Application.Betting.ImportFootballData;
using CleanPlatform.Application.Betting.Opportunities.Common;
using CleanPlatform.Application.Betting.Opportunities.RunAgents;
using CleanPlatform.Application.Betting.Settings.Common;
using CleanPlatform.Application.Betting.Settings.GetBankroll;
using CleanPlatform.Application.Betting.Settings.UpdateBettingSettings;
using CleanPlatform.Application.Betting.Studies.BacktestRuns;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Application.Betting.Studies.ListBacktestRuns;
using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Application.Betting.Studies.RunMarketStudy;
using CleanPlatform.Application.Billing.Catalogue.Common;
using CleanPlatform.Application.Billing.Catalogue.ListPlanPrices;
using CleanPlatform.Application.Billing.Catalogue.ListPlans;
using CleanPlatform.Application.Billing.CreditNotes.Common;
using CleanPlatform.Application.Billing.CreditNotes.ListCreditNotes;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Application.Billing.Credits.GetCreditWallet;
using CleanPlatform.Application.Billing.Credits.TransferCredits;
using CleanPlatform.Application.Billing.Customers.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Invoices.ListInvoices;
using CleanPlatform.Application.Billing.Payments.Common;
using CleanPlatform.Application.Billing.Subscriptions.CancelSubscription;
using CleanPlatform.Application.Billing.Subscriptions.ChangePlan;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Application.Billing.Subscriptions.PreviewPlanChange;
using CleanPlatform.Application.Billing.Subscriptions.ResumeSubscription;
using CleanPlatform.Application.Billing.Usage.Common;
using CleanPlatform.Application.Billing.Usage.GetMeteredUsage;
using CleanPlatform.Application.Billing.Usage.ListMeters;
using CleanPlatform.Application.Billing.Usage.RecordUsage;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Application.Billing.Webhooks.CreateWebhookEndpoint;
using CleanPlatform.Application.Billing.Webhooks.ListWebhookDeliveries;
using CleanPlatform.Application.Billing.Webhooks.ListWebhookEndpoints;
using CleanPlatform.Application.Identity.ChangePassword;
using CleanPlatform.Application.Identity.CreateApiKey;
using CleanPlatform.Application.Identity.GetCurrentUser;
using CleanPlatform.Application.Identity.GetUsage;
using CleanPlatform.Application.Identity.InviteMember;
using CleanPlatform.Application.Identity.ListApiKeys;
using CleanPlatform.Application.Identity.ListInvitations;
using CleanPlatform.Application.Identity.Login;
using CleanPlatform.Application.Identity.Register;
using CleanPlatform.Application.Platform.ListAuditEntries;
using CleanPlatform.Application.Platform.ListNotifications;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;
using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Credits;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Payments;
using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Domain.Billing.Usage;
using CleanPlatform.Domain.Billing.Webhooks;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Limits of members no validator bounds: what responses carry, and the few request members whose validators
/// leave them open (a longer value could never match). Every number comes from a Domain or Application
/// constant. A module adds its own rows here.
/// </summary>
internal static class KnownLimits
{
    private static readonly SchemaLimits Email = new() { MaxLength = IdentityRules.EmailMaxLength };
    private static readonly SchemaLimits DisplayName = new() { MaxLength = IdentityRules.DisplayNameMaxLength };
    private static readonly SchemaLimits Token = new() { MaxLength = IdentityRules.TokenMaxLength };
    private static readonly SchemaLimits Password = new() { MaxLength = IdentityRules.PasswordMaxLength };
    private static readonly SchemaLimits Role = new() { MaxLength = Roles.All.Max(r => r.Length) };
    private static readonly SchemaLimits RoleList = new() { MaxItems = Roles.All.Count, Items = Role };
    private static readonly SchemaLimits PlanCode = new() { MaxLength = Plan.CodeMaxLength };
    private static readonly SchemaLimits BillingPlanCode = new() { MaxLength = BillingPlan.CodeMaxLength };
    private static readonly SchemaLimits CountryCode = new() { MinLength = CountryCodes.Length, MaxLength = CountryCodes.Length };
    private static readonly SchemaLimits InvoiceNumberLimits = new() { MaxLength = InvoiceNumber.MaxLength };
    private static readonly SchemaLimits WebhookEventTypeList = new()
    {
        MaxItems = WebhookEventTypes.All.Count,
        Items = new() { MaxLength = WebhookEventTypes.All.Max(t => t.Length) },
    };

    private static readonly SchemaLimits OrganizationName = new() { MaxLength = Organization.NameMaxLength };
    private static readonly SchemaLimits Count = Range(0, int.MaxValue);
    private static readonly SchemaLimits LongCount = Range(0, long.MaxValue);
    private static readonly SchemaLimits BetTags = new()
    {
        MaxItems = BetText.MaxTags,
        Items = new() { MinLength = 1, MaxLength = BetText.TagMaxLength },
    };

    private static readonly SchemaLimits BetNotes = new() { MaxLength = BetText.NotesMaxLength };

    private static readonly SchemaLimits BookmakerKey = new() { MaxLength = Bookmaker.KeyMaxLength };
    private static readonly SchemaLimits Team = new() { MaxLength = SportEvent.TeamMaxLength };
    private static readonly SchemaLimits StudyRows = new() { MaxItems = MarketStudyDto.MaxRows };
    private static readonly SchemaLimits CompetitionKeys = new()
    {
        MaxItems = IStudyFilter.MaxKeys,
        Items = new() { MaxLength = Competition.KeyMaxLength },
    };

    private static readonly SchemaLimits SeasonNames = new()
    {
        MaxItems = IStudyFilter.MaxKeys,
        Items = new() { MaxLength = Season.NameMaxLength },
    };

    private static readonly SchemaLimits Period = new() { MaxLength = AnalyticsPeriods.MaxLength };
    private static readonly SchemaLimits Currency = new() { MinLength = Currencies.CodeLength, MaxLength = Currencies.CodeLength };
    private static readonly SchemaLimits OtherCurrencies = new() { MaxItems = AnalyticsLimits.MaxCurrencies, Items = Currency };
    private static readonly SchemaLimits SeriesPoints = new() { MaxItems = AnalyticsLimits.MaxSeriesPoints };
    private static readonly SchemaLimits AgentKey = new() { MaxLength = BetText.AgentKeyMaxLength };

    // A key's scopes are a set: each one at most once, None never.
    private static readonly SchemaLimits Scopes = new()
    {
        MaxItems = Enum.GetValues<ApiKeyScopes>().Count(s => s != ApiKeyScopes.None),
    };

    private static readonly SchemaLimits Regions = new()
    {
        MinItems = 1,
        MaxItems = OddsCollectionRules.Regions.Count,
        Items = new() { MaxLength = OddsCollectionRules.Regions.Max(r => r.Length) },
    };

    private static readonly SchemaLimits SportKeys = new()
    {
        MaxItems = OddsCollectionRules.MaxSportKeys,
        Items = new() { MinLength = 1, MaxLength = OddsCollectionRules.SportKeyMaxLength, Pattern = OddsCollectionRules.SportKeyPattern },
    };

    private static readonly Dictionary<Type, Dictionary<string, SchemaLimits>> Limits = new()
    {
        [typeof(PagedList<>)] = Members(
            (nameof(PagedList<object>.Items), new() { MaxItems = PageRequest.MaxPageSize }),
            (nameof(PagedList<object>.Page), Range(1, int.MaxValue)),
            (nameof(PagedList<object>.PageSize), Range(1, PageRequest.MaxPageSize)),
            (nameof(PagedList<object>.TotalCount), Count)),
        [typeof(ProblemDetails)] = Members((nameof(ProblemDetails.Status), Range(100, 599))),
        [typeof(Login)] = Members((nameof(Login.Email), Email), (nameof(Login.Password), Password)),
        [typeof(ChangePassword)] = Members((nameof(ChangePassword.CurrentPassword), Password)),
        [typeof(CreateApiKey)] = Members((nameof(CreateApiKey.Scopes), Scopes)),
        [typeof(InviteMember)] = Members((nameof(InviteMember.Role), Role)),
        [typeof(SetUserRolesRequest)] = Members((nameof(SetUserRolesRequest.Roles), RoleList)),
        [typeof(AuthResponse)] = Members((nameof(AuthResponse.RefreshToken), Token)),
        [typeof(RegistrationPendingDto)] = Members((nameof(RegistrationPendingDto.Email), Email)),
        [typeof(ApiKeyDto)] = Members(
            (nameof(ApiKeyDto.Name), new() { MaxLength = ApiKey.NameMaxLength }),
            (nameof(ApiKeyDto.Prefix), new() { MinLength = ApiKey.PrefixLength, MaxLength = ApiKey.PrefixLength }),
            (nameof(ApiKeyDto.Scopes), Scopes),
            (nameof(ApiKeyDto.OwnerEmail), Email)),
        [typeof(CreatedApiKeyDto)] = Members((nameof(CreatedApiKeyDto.Secret), Token)),
        [typeof(InvitationDto)] = Members(
            (nameof(InvitationDto.Email), new() { MaxLength = Invitation.EmailMaxLength }),
            (nameof(InvitationDto.Role), Role)),
        [typeof(CreatedInvitationDto)] = Members((nameof(CreatedInvitationDto.Token), Token)),
        [typeof(NotificationDto)] = Members(
            (nameof(NotificationDto.Message), new() { MaxLength = Notification.MessageMaxLength })),
        [typeof(CurrentUserDto)] = Members(
            (nameof(CurrentUserDto.Email), Email),
            (nameof(CurrentUserDto.DisplayName), DisplayName),
            (nameof(CurrentUserDto.Roles), RoleList)),
        [typeof(OrganizationDto)] = Members(
            (nameof(OrganizationDto.Name), OrganizationName),
            (nameof(OrganizationDto.Plan), PlanCode)),
        [typeof(UserDto)] = Members(
            (nameof(UserDto.Email), Email),
            (nameof(UserDto.DisplayName), DisplayName),
            (nameof(UserDto.Roles), RoleList),
            (nameof(UserDto.OrganizationName), OrganizationName)),
        [typeof(UsageDto)] = Members(
            (nameof(UsageDto.Plan), PlanCode),
            (nameof(UsageDto.RequestsPerMinute), Count),
            (nameof(UsageDto.MonthlyQuota), LongCount),
            (nameof(UsageDto.Used), LongCount),
            (nameof(UsageDto.Remaining), LongCount)),
        [typeof(PlanCatalogueDto)] = Members(
            (nameof(PlanCatalogueDto.Plans), new() { MaxItems = PlanCatalogueDto.MaxPlans }),
            (nameof(PlanCatalogueDto.Currencies), new() { MaxItems = Currencies.Supported.Count, Items = Currency })),
        [typeof(PlanDto)] = Members(
            (nameof(PlanDto.Code), BillingPlanCode),
            (nameof(PlanDto.Name), new() { MaxLength = BillingPlan.NameMaxLength }),
            (nameof(PlanDto.Description), new() { MaxLength = BillingPlan.DescriptionMaxLength }),
            (nameof(PlanDto.TrialDays), Range(0, BillingPlan.MaxTrialDays)),
            (nameof(PlanDto.RequestsPerMinute), Count),
            (nameof(PlanDto.MonthlyQuota), LongCount),
            // One current price per interval (two) and currency.
            (nameof(PlanDto.Prices), new() { MaxItems = 2 * Currencies.Supported.Count })),
        [typeof(PlanPriceDto)] = Members((nameof(PlanPriceDto.Revision), Range(1, int.MaxValue))),
        [typeof(PlanPriceHistoryDto)] = Members(
            (nameof(PlanPriceHistoryDto.Code), BillingPlanCode),
            (nameof(PlanPriceHistoryDto.Prices), new() { MaxItems = PlanPriceHistoryDto.MaxPrices })),
        [typeof(PublishPlanPriceRequest)] = Members((nameof(PublishPlanPriceRequest.Revision), Count)),
        [typeof(BillingCustomerDto)] = Members(
            (nameof(BillingCustomerDto.LegalName), new() { MaxLength = BillingDetails.LegalNameMaxLength }),
            (nameof(BillingCustomerDto.Email), new() { MaxLength = BillingDetails.EmailMaxLength }),
            (nameof(BillingCustomerDto.VatNumber), new() { MaxLength = VatNumber.MaxLength }),
            (nameof(BillingCustomerDto.TimeZone), new() { MaxLength = BillingDetails.TimeZoneMaxLength }),
            (nameof(BillingCustomerDto.Currency), Currency),
            (nameof(BillingCustomerDto.Evidence), new() { MaxItems = BillingCustomerDto.MaxEvidence }),
            (nameof(BillingCustomerDto.Version), Count)),
        [typeof(BillingAddressDto)] = Members(
            (nameof(BillingAddressDto.Line1), new() { MaxLength = BillingAddress.LineMaxLength }),
            (nameof(BillingAddressDto.Line2), new() { MaxLength = BillingAddress.LineMaxLength }),
            (nameof(BillingAddressDto.City), new() { MaxLength = BillingAddress.CityMaxLength }),
            (nameof(BillingAddressDto.PostalCode), new() { MaxLength = BillingAddress.PostalCodeMaxLength }),
            (nameof(BillingAddressDto.Country), CountryCode)),
        [typeof(CountryEvidenceDto)] = Members((nameof(CountryEvidenceDto.Country), CountryCode)),
        [typeof(VatPreviewDto)] = Members(
            (nameof(VatPreviewDto.Category), new() { MaxLength = 2 }),
            (nameof(VatPreviewDto.Mention), new() { MaxLength = VatTreatment.OutsideEuMention.Length })),
        [typeof(InvoiceDto)] = Members(
            (nameof(InvoiceDto.Number), InvoiceNumberLimits),
            (nameof(InvoiceDto.Currency), Currency),
            (nameof(InvoiceDto.BuyerName), new() { MaxLength = BillingDetails.LegalNameMaxLength }),
            (nameof(InvoiceDto.BuyerCountry), CountryCode),
            (nameof(InvoiceDto.BuyerVatNumber), new() { MaxLength = VatNumber.MaxLength }),
            (nameof(InvoiceDto.VatMention), new() { MaxLength = VatTreatment.OutsideEuMention.Length }),
            (nameof(InvoiceDto.Lines), new() { MaxItems = Invoice.MaxLines }),
            (nameof(InvoiceDto.CreditNotes), new() { MaxItems = CreditNote.MaxPerInvoice })),
        [typeof(InvoiceLineDto)] = Members(
            (nameof(InvoiceLineDto.Position), Range(1, Invoice.MaxLines)),
            (nameof(InvoiceLineDto.Description), new() { MaxLength = InvoiceLine.DescriptionMaxLength })),
        [typeof(InvoiceCreditNoteDto)] = Members((nameof(InvoiceCreditNoteDto.Number), InvoiceNumberLimits)),
        [typeof(CreditNoteDto)] = Members(
            (nameof(CreditNoteDto.Number), InvoiceNumberLimits),
            (nameof(CreditNoteDto.InvoiceNumber), InvoiceNumberLimits),
            (nameof(CreditNoteDto.Reason), new() { MaxLength = CreditNote.ReasonMaxLength }),
            (nameof(CreditNoteDto.Currency), Currency),
            (nameof(CreditNoteDto.VatMention), new() { MaxLength = VatTreatment.OutsideEuMention.Length }),
            (nameof(CreditNoteDto.Lines), new() { MaxItems = CreditNote.MaxLines })),
        [typeof(CreditGrantDto)] = Members(
            (nameof(CreditGrantDto.Currency), Currency),
            (nameof(CreditGrantDto.Reason), new() { MaxLength = CreditGrant.ReasonMaxLength })),
        [typeof(CreditLedgerEntryDto)] = Members((nameof(CreditLedgerEntryDto.Currency), Currency)),
        [typeof(CreditTransferDto)] = Members(
            (nameof(CreditTransferDto.Received), new() { MaxItems = CreditWallet.MaxGrantsPerTransfer })),
        [typeof(CreditWalletDto)] = Members(
            (nameof(CreditWalletDto.Balances), new() { MaxItems = Currencies.Supported.Count })),
        [typeof(CreditWalletBalanceDto)] = Members(
            (nameof(CreditWalletBalanceDto.Currency), Currency),
            (nameof(CreditWalletBalanceDto.LiveGrants), Count)),
        [typeof(MeterListDto)] = Members((nameof(MeterListDto.Items), new() { MaxItems = BillingMeterOptions.MaxMeters })),
        [typeof(MeterDto)] = Members(
            (nameof(MeterDto.Code), new() { MaxLength = UsageRecord.MeterMaxLength }),
            (nameof(MeterDto.Name), new() { MaxLength = MeterDefinition.TextMaxLength }),
            (nameof(MeterDto.Unit), new() { MaxLength = MeterDefinition.TextMaxLength }),
            (nameof(MeterDto.Property), new() { MaxLength = MeterDefinition.TextMaxLength })),
        [typeof(MeteredUsageDto)] = Members((nameof(MeteredUsageDto.Meters), new() { MaxItems = BillingMeterOptions.MaxMeters })),
        [typeof(MeterUsageDto)] = Members(
            (nameof(MeterUsageDto.Meter), new() { MaxLength = UsageRecord.MeterMaxLength }),
            (nameof(MeterUsageDto.Name), new() { MaxLength = MeterDefinition.TextMaxLength }),
            (nameof(MeterUsageDto.Unit), new() { MaxLength = MeterDefinition.TextMaxLength }),
            (nameof(MeterUsageDto.Events), Count)),
        [typeof(RecordUsage)] = Members((nameof(RecordUsage.Events), new() { MinItems = 1, MaxItems = RecordUsage.MaxEvents })),
        [typeof(UsageEventRequest)] = Members(
            (nameof(UsageEventRequest.EventId), new() { MinLength = 1, MaxLength = UsageRecord.EventIdMaxLength }),
            (nameof(UsageEventRequest.Meter), new() { MinLength = 1, MaxLength = UsageRecord.MeterMaxLength }),
            (nameof(UsageEventRequest.Property), new() { MaxLength = UsageRecord.PropertyMaxLength })),
        [typeof(UsageReceiptDto)] = Members(
            (nameof(UsageReceiptDto.Accepted), Range(0, RecordUsage.MaxEvents)),
            (nameof(UsageReceiptDto.Duplicates), new() { MaxItems = RecordUsage.MaxEvents, Items = new() { MaxLength = UsageRecord.EventIdMaxLength } })),
        [typeof(CreditNoteLineDto)] = Members(
            (nameof(CreditNoteLineDto.Position), Range(1, CreditNote.MaxLines)),
            (nameof(CreditNoteLineDto.Description), new() { MaxLength = InvoiceLine.DescriptionMaxLength })),
        [typeof(CreditNoteSummaryDto)] = Members(
            (nameof(CreditNoteSummaryDto.Number), InvoiceNumberLimits),
            (nameof(CreditNoteSummaryDto.InvoiceNumber), InvoiceNumberLimits),
            (nameof(CreditNoteSummaryDto.Currency), Currency)),
        [typeof(IssueCreditNoteRequest)] = Members(
            (nameof(IssueCreditNoteRequest.Reason), new() { MinLength = 1, MaxLength = CreditNote.ReasonMaxLength }),
            (nameof(IssueCreditNoteRequest.Lines), new() { MaxItems = CreditNote.MaxLines })),
        [typeof(InvoiceSummaryDto)] = Members(
            (nameof(InvoiceSummaryDto.Number), InvoiceNumberLimits), (nameof(InvoiceSummaryDto.Currency), Currency)),
        [typeof(SubscriptionDto)] = Members(
            (nameof(SubscriptionDto.PlanCode), BillingPlanCode),
            (nameof(SubscriptionDto.TimeZone), new() { MaxLength = BillingDetails.TimeZoneMaxLength }),
            (nameof(SubscriptionDto.Version), Count)),
        [typeof(PendingChangeDto)] = Members((nameof(PendingChangeDto.PlanCode), BillingPlanCode)),
        [typeof(PlanChangePreviewDto)] = Members(
            (nameof(PlanChangePreviewDto.PlanCode), BillingPlanCode),
            // The unused-time credit and the new price's charge.
            (nameof(PlanChangePreviewDto.Lines), new() { MaxItems = 2 })),
        [typeof(ChargeLineDto)] = Members(
            (nameof(ChargeLineDto.Description), new() { MaxLength = InvoiceLine.DescriptionMaxLength })),
        [typeof(ChangePlan)] = Members((nameof(ChangePlan.Version), Count)),
        [typeof(CancelSubscription)] = Members((nameof(CancelSubscription.Version), Count)),
        [typeof(ResumeSubscription)] = Members((nameof(ResumeSubscription.Version), Count)),
        [typeof(PaymentDto)] = Members(
            (nameof(PaymentDto.Reference), new() { MaxLength = Payment.ReferenceMaxLength }),
            (nameof(PaymentDto.FailureReason), new() { MaxLength = Payment.FailureMaxLength })),
        [typeof(RecordBankTransferRequest)] = Members(
            (nameof(RecordBankTransferRequest.Reference), new() { MinLength = 1, MaxLength = Payment.ReferenceMaxLength })),
        [typeof(WebhookEndpointDto)] = Members(
            (nameof(WebhookEndpointDto.Url), new() { MaxLength = WebhookEndpoint.UrlMaxLength }),
            (nameof(WebhookEndpointDto.Description), new() { MaxLength = WebhookEndpoint.DescriptionMaxLength }),
            (nameof(WebhookEndpointDto.EventTypes), WebhookEventTypeList),
            (nameof(WebhookEndpointDto.DisabledReason), new() { MaxLength = WebhookEndpoint.DisabledReasonMaxLength }),
            (nameof(WebhookEndpointDto.Version), Count)),
        [typeof(WebhookEndpointSecretDto)] = Members(
            (nameof(WebhookEndpointSecretDto.Secret), new() { MinLength = WebhookSecrets.Length, MaxLength = WebhookSecrets.Length })),
        [typeof(CreateWebhookEndpoint)] = Members((nameof(CreateWebhookEndpoint.EventTypes), WebhookEventTypeList)),
        [typeof(WebhookEndpointListDto)] = Members(
            (nameof(WebhookEndpointListDto.Endpoints), new() { MaxItems = WebhookEndpoint.MaxPerOrganization })),
        [typeof(UpdateWebhookEndpointRequest)] = Members(
            (nameof(UpdateWebhookEndpointRequest.Url), new() { MinLength = 1, MaxLength = WebhookEndpoint.UrlMaxLength }),
            (nameof(UpdateWebhookEndpointRequest.Description), new() { MaxLength = WebhookEndpoint.DescriptionMaxLength }),
            (nameof(UpdateWebhookEndpointRequest.EventTypes), WebhookEventTypeList),
            (nameof(UpdateWebhookEndpointRequest.Version), Count)),
        [typeof(WebhookDeliveryDto)] = Members(
            (nameof(WebhookDeliveryDto.EventType), new() { MaxLength = WebhookEventTypes.All.Max(t => t.Length) }),
            (nameof(WebhookDeliveryDto.Attempts), Range(0, WebhookDelivery.MaxAttempts)),
            (nameof(WebhookDeliveryDto.LastStatusCode), Range(100, 599)),
            (nameof(WebhookDeliveryDto.LastError), new() { MaxLength = WebhookDelivery.ErrorMaxLength })),
        [typeof(ImportFootballData)] = Members(
            (nameof(ImportFootballData.File), new() { MaxLength = (int)ImportFootballData.MaxFileBytes })),
        [typeof(ClosingLineRunDto)] = Members(
            (nameof(ClosingLineRunDto.Recorded), Count), (nameof(ClosingLineRunDto.Stale), Count),
            (nameof(ClosingLineRunDto.WithoutClose), Count), (nameof(ClosingLineRunDto.Skipped), Count)),
        [typeof(SettlementRunDto)] = Members(
            (nameof(SettlementRunDto.Settled), Count), (nameof(SettlementRunDto.Voided), Count),
            (nameof(SettlementRunDto.Skipped), Count)),
        [typeof(FootballDataImportDto)] = Members(
            (nameof(FootballDataImportDto.FileName), new() { MaxLength = ImportFootballData.FileNameMaxLength }),
            (nameof(FootballDataImportDto.RowsRead), Range(0, ImportFootballData.MaxRows)),
            (nameof(FootballDataImportDto.EventsAdded), Range(0, ImportFootballData.MaxRows)),
            (nameof(FootballDataImportDto.EventsUpdated), Range(0, ImportFootballData.MaxRows)),
            (nameof(FootballDataImportDto.SnapshotsAdded), Count),
            (nameof(FootballDataImportDto.SnapshotsAlreadyPresent), Count),
            (nameof(FootballDataImportDto.SkippedMarkets), Count),
            (nameof(FootballDataImportDto.Rejections), new() { MaxItems = ImportFootballData.MaxRows })),
        [typeof(FootballDataRejectionDto)] = Members(
            (nameof(FootballDataRejectionDto.LineNumber), Range(2, int.MaxValue)),
            (nameof(FootballDataRejectionDto.Column), new() { MaxLength = FootballDataRejectionDto.ColumnMaxLength }),
            (nameof(FootballDataRejectionDto.Reason), new() { MaxLength = FootballDataRejectionDto.ReasonMaxLength })),
        [typeof(RunMarketStudy)] = Members(
            (nameof(RunMarketStudy.Competitions), CompetitionKeys), (nameof(RunMarketStudy.Seasons), SeasonNames)),
        [typeof(RunBacktest)] = Members(
            (nameof(RunBacktest.Competitions), CompetitionKeys), (nameof(RunBacktest.Seasons), SeasonNames),
            (nameof(RunBacktest.BetBookmaker), BookmakerKey), (nameof(RunBacktest.FairBookmaker), BookmakerKey),
            (nameof(RunBacktest.Agent), AgentKey),
            (nameof(RunBacktest.Markets), new() { MaxItems = Enum.GetValues<MarketKind>().Length })),
        [typeof(RunAgents)] = Members(
            (nameof(RunAgents.Competitions), CompetitionKeys), (nameof(RunAgents.Seasons), SeasonNames)),
        [typeof(AgentRunDto)] = Members(
            (nameof(AgentRunDto.Events), Count), (nameof(AgentRunDto.Boards), Count), (nameof(AgentRunDto.Raised), Count),
            (nameof(AgentRunDto.Updated), Count), (nameof(AgentRunDto.Closed), Count),
            (nameof(AgentRunDto.ByAgent), new() { MaxItems = AgentLineUp.Keys.Count })),
        [typeof(AgentCountDto)] = Members((nameof(AgentCountDto.Agent), AgentKey), (nameof(AgentCountDto.Opportunities), Count)),
        [typeof(OpportunityDto)] = Members(
            (nameof(OpportunityDto.Bookmaker), BookmakerKey),
            (nameof(OpportunityDto.Reference), new() { MaxLength = Opportunity.ReferenceMaxLength }),
            (nameof(OpportunityDto.Reasons), new() { MaxLength = Opportunity.ReasonsMaxLength }),
            (nameof(OpportunityDto.Prices), new() { MaxItems = Opportunity.MaxPrices }),
            (nameof(OpportunityDto.AgentKey), AgentKey),
            (nameof(OpportunityDto.AgentVersion), new() { MaxLength = Opportunity.AgentVersionMaxLength }),
            (nameof(OpportunityDto.Score), Range(0, 100)),
            (nameof(OpportunityDto.AgreeingAgents), new() { MaxItems = AgentLineUp.Keys.Count, Items = AgentKey })),
        [typeof(SportListDto)] = Members((nameof(SportListDto.Items), new() { MaxItems = ListSports.MaxSports })),
        [typeof(SportDto)] = Members(
            (nameof(SportDto.Key), new() { MaxLength = Sport.KeyMaxLength }),
            (nameof(SportDto.Name), new() { MaxLength = Sport.NameMaxLength }),
            (nameof(SportDto.Competitions), new() { MaxItems = ListSports.MaxCompetitions })),
        [typeof(CompetitionDto)] = Members(
            (nameof(CompetitionDto.Key), new() { MaxLength = Competition.KeyMaxLength }),
            (nameof(CompetitionDto.Name), new() { MaxLength = Competition.NameMaxLength }),
            (nameof(CompetitionDto.Events), Count)),
        [typeof(OpportunityEventDto)] = Members(
            (nameof(OpportunityEventDto.Competition), new() { MaxLength = Competition.NameMaxLength }),
            (nameof(OpportunityEventDto.HomeTeam), Team), (nameof(OpportunityEventDto.AwayTeam), Team)),
        [typeof(QuotedPrice)] = Members((nameof(QuotedPrice.Bookmaker), BookmakerKey)),
        [typeof(MarketStudyDto)] = Members(
            (nameof(MarketStudyDto.Matches), Range(0, IStudyFilter.MaxMatches)),
            (nameof(MarketStudyDto.HomeWins), Range(0, IStudyFilter.MaxMatches)),
            (nameof(MarketStudyDto.Draws), Range(0, IStudyFilter.MaxMatches)),
            (nameof(MarketStudyDto.AwayWins), Range(0, IStudyFilter.MaxMatches)),
            (nameof(MarketStudyDto.Margins), StudyRows), (nameof(MarketStudyDto.FlatStakes), StudyRows),
            (nameof(MarketStudyDto.Favourites), StudyRows), (nameof(MarketStudyDto.Forecasts), StudyRows),
            (nameof(MarketStudyDto.ClosingLineValue), StudyRows), (nameof(MarketStudyDto.AsianHandicap), StudyRows)),
        [typeof(MarketMarginDto)] = Members(
            (nameof(MarketMarginDto.Bookmaker), BookmakerKey), (nameof(MarketMarginDto.Markets), Count)),
        [typeof(FlatStakeDto)] = Members(
            (nameof(FlatStakeDto.Bookmaker), BookmakerKey),
            (nameof(FlatStakeDto.Outcomes), new() { MaxItems = Enum.GetValues<Selection>().Length })),
        [typeof(FlatStakeOutcomeDto)] = Members(
            (nameof(FlatStakeOutcomeDto.Bets), Count), (nameof(FlatStakeOutcomeDto.Wins), Count)),
        [typeof(FavouriteDto)] = Members(
            (nameof(FavouriteDto.Bookmaker), BookmakerKey), (nameof(FavouriteDto.Matches), Count),
            (nameof(FavouriteDto.Wins), Count), (nameof(FavouriteDto.Ties), Count)),
        [typeof(ForecastDto)] = Members(
            (nameof(ForecastDto.Bookmaker), BookmakerKey), (nameof(ForecastDto.Matches), Count)),
        [typeof(ClosingLineValueDto)] = Members(
            (nameof(ClosingLineValueDto.Bookmaker), BookmakerKey), (nameof(ClosingLineValueDto.Bets), Count)),
        [typeof(HandicapStudyDto)] = Members(
            (nameof(HandicapStudyDto.Bookmaker), BookmakerKey), (nameof(HandicapStudyDto.Bets), Count),
            (nameof(HandicapStudyDto.Won), Count), (nameof(HandicapStudyDto.HalfWon), Count),
            (nameof(HandicapStudyDto.Push), Count), (nameof(HandicapStudyDto.HalfLost), Count),
            (nameof(HandicapStudyDto.Lost), Count)),
        [typeof(BacktestDto)] = Members(
            (nameof(BacktestDto.Bets), Range(0, RunBacktest.MaxBets)), (nameof(BacktestDto.Wins), Range(0, RunBacktest.MaxBets)),
            (nameof(BacktestDto.Items), new() { MaxItems = RunBacktest.MaxBets })),
        [typeof(BacktestBetDto)] = Members(
            (nameof(BacktestBetDto.HomeTeam), Team), (nameof(BacktestBetDto.AwayTeam), Team)),
        [typeof(BacktestClvDto)] = Members(
            (nameof(BacktestClvDto.Bets), Range(0, RunBacktest.MaxBets)),
            (nameof(BacktestClvDto.Distribution), new() { MaxItems = BacktestClvDto.Buckets })),
        [typeof(ClvBucketDto)] = Members((nameof(ClvBucketDto.Count), Range(0, RunBacktest.MaxBets))),
        [typeof(BacktestRunDto)] = Members(
            (nameof(BacktestRunDto.MatchesTotal), Range(0, BacktestRunLimits.MaxMatches)),
            (nameof(BacktestRunDto.MatchesDone), Range(0, BacktestRunLimits.MaxMatches)),
            (nameof(BacktestRunDto.Attempts), Range(0, BacktestRun.MaxAttempts)),
            (nameof(BacktestRunDto.Error), new() { MaxLength = BacktestRun.ErrorMaxLength })),
        [typeof(BacktestRunListDto)] = Members((nameof(BacktestRunListDto.Items), new() { MaxItems = ListBacktestRuns.Latest })),
        [typeof(PlaceBet)] = Members((nameof(PlaceBet.Tags), BetTags)),
        [typeof(EditBetRequest)] = Members(
            (nameof(EditBetRequest.Version), Count),
            (nameof(EditBetRequest.Line), new() { Minimum = Invariant(-BetLines.MaxLine), Maximum = Invariant(BetLines.MaxLine) }),
            (nameof(EditBetRequest.Odds), new() { Minimum = "1", ExclusiveMinimum = true, Maximum = Invariant(CleanPlatform.Domain.Common.Odds.Max) }),
            (nameof(EditBetRequest.BookmakerKey), new() { MinLength = 1, MaxLength = Bookmaker.KeyMaxLength, Pattern = BetBookmakers.KeyPattern }),
            (nameof(EditBetRequest.Notes), BetNotes),
            (nameof(EditBetRequest.Tags), BetTags)),
        [typeof(BetDto)] = Members(
            (nameof(BetDto.AgentKey), new() { MaxLength = BetText.AgentKeyMaxLength }),
            (nameof(BetDto.SettledHomeGoals), Count),
            (nameof(BetDto.SettledAwayGoals), Count),
            (nameof(BetDto.Notes), BetNotes),
            (nameof(BetDto.Tags), BetTags),
            (nameof(BetDto.Version), Count)),
        [typeof(BettingSummaryDto)] = Members(
            (nameof(BettingSummaryDto.Period), Period), (nameof(BettingSummaryDto.Currency), Currency),
            (nameof(BettingSummaryDto.OtherCurrencies), OtherCurrencies), (nameof(BettingSummaryDto.PendingCount), Count)),
        [typeof(StatusCountsDto)] = Members(
            (nameof(StatusCountsDto.Pending), Count), (nameof(StatusCountsDto.Won), Count),
            (nameof(StatusCountsDto.HalfWon), Count), (nameof(StatusCountsDto.Push), Count),
            (nameof(StatusCountsDto.HalfLost), Count), (nameof(StatusCountsDto.Lost), Count), (nameof(StatusCountsDto.Void), Count)),
        [typeof(PerformanceDto)] = Members(
            (nameof(PerformanceDto.Settled), Count), (nameof(PerformanceDto.Wins), Count), (nameof(PerformanceDto.Pushes), Count),
            (nameof(PerformanceDto.ClvRawCount), Count), (nameof(PerformanceDto.ClvFairCount), Count),
            (nameof(PerformanceDto.ClvProbabilityCount), Count)),
        [typeof(BankrollSeriesDto)] = Members(
            (nameof(BankrollSeriesDto.Period), Period), (nameof(BankrollSeriesDto.Currency), Currency),
            (nameof(BankrollSeriesDto.OtherCurrencies), OtherCurrencies), (nameof(BankrollSeriesDto.Points), SeriesPoints)),
        [typeof(BankrollPointDto)] = Members((nameof(BankrollPointDto.Settled), Count)),
        [typeof(BookmakerPerformanceListDto)] = Members(
            (nameof(BookmakerPerformanceListDto.Period), Period), (nameof(BookmakerPerformanceListDto.Currency), Currency),
            (nameof(BookmakerPerformanceListDto.OtherCurrencies), OtherCurrencies),
            (nameof(BookmakerPerformanceListDto.Items), new() { MaxItems = int.MaxValue })),
        [typeof(BookmakerPerformanceDto)] = Members(
            (nameof(BookmakerPerformanceDto.BookmakerKey), BookmakerKey),
            (nameof(BookmakerPerformanceDto.BookmakerName), new() { MaxLength = Bookmaker.NameMaxLength })),
        [typeof(AgentPerformanceListDto)] = Members(
            (nameof(AgentPerformanceListDto.Period), Period), (nameof(AgentPerformanceListDto.Currency), Currency),
            (nameof(AgentPerformanceListDto.OtherCurrencies), OtherCurrencies),
            (nameof(AgentPerformanceListDto.Items), new() { MaxItems = int.MaxValue })),
        [typeof(AgentPerformanceDto)] = Members(
            (nameof(AgentPerformanceDto.AgentKey), AgentKey), (nameof(AgentPerformanceDto.Days), Range(0, AnalyticsLimits.MaxSeriesPoints))),
        [typeof(WinRateDto)] = Members(
            (nameof(WinRateDto.Period), Period), (nameof(WinRateDto.Currency), Currency),
            (nameof(WinRateDto.Bucket), new() { MaxLength = GetWinRate.Month.Length }),
            (nameof(WinRateDto.OtherCurrencies), OtherCurrencies), (nameof(WinRateDto.Points), SeriesPoints)),
        [typeof(WinRatePointDto)] = Members(
            (nameof(WinRatePointDto.Settled), Count), (nameof(WinRatePointDto.Wins), Count), (nameof(WinRatePointDto.Pushes), Count)),
        [typeof(PlacementHeatmapDto)] = Members(
            (nameof(PlacementHeatmapDto.Period), Period), (nameof(PlacementHeatmapDto.Currency), Currency),
            (nameof(PlacementHeatmapDto.OtherCurrencies), OtherCurrencies),
            (nameof(PlacementHeatmapDto.Items), new() { MaxItems = AnalyticsLimits.HeatmapCells })),
        [typeof(HeatmapCellDto)] = Members(
            (nameof(HeatmapCellDto.DayOfWeek), Range(1, 7)), (nameof(HeatmapCellDto.Hour), Range(0, 23)),
            (nameof(HeatmapCellDto.Count), Count)),
        [typeof(EventDto)] = Members(
            (nameof(EventDto.CompetitionKey), new() { MaxLength = Competition.KeyMaxLength }),
            (nameof(EventDto.CompetitionName), new() { MaxLength = Competition.NameMaxLength }),
            (nameof(EventDto.HomeTeam), Team), (nameof(EventDto.AwayTeam), Team),
            (nameof(EventDto.HomeGoals), Count), (nameof(EventDto.AwayGoals), Count)),
        [typeof(UpdateBettingSettings)] = Members(
            (nameof(UpdateBettingSettings.Version), Count),
            (nameof(UpdateBettingSettings.Regions), Regions),
            (nameof(UpdateBettingSettings.SportKeys), SportKeys),
            (nameof(UpdateBettingSettings.OddsApiKey), new()
            {
                MaxLength = UpdateBettingSettingsValidator.OddsApiKeyMaxLength,
                Pattern = UpdateBettingSettingsValidator.OddsApiKeyPattern,
            })),
        [typeof(UpdateAlertPreferences)] = Members(
            (nameof(UpdateAlertPreferences.WebhookUrl), new() { MaxLength = AlertPreferences.UrlMaxLength })),
        [typeof(AlertPreferencesDto)] = Members(
            (nameof(AlertPreferencesDto.WebhookUrlHint), new() { MaxLength = AlertPreferences.HintMaxLength }),
            (nameof(AlertPreferencesDto.TelegramChatId), new() { MaxLength = AlertPreferences.ChatIdMaxLength }),
            (nameof(AlertPreferencesDto.WebhookSecret), new() { MaxLength = AlertPreferencesDto.SecretLength }),
            (nameof(AlertPreferencesDto.Version), Count)),
        [typeof(TestAlertDto)] = Members((nameof(TestAlertDto.Message), new() { MaxLength = Alert.MessageMaxLength })),
        [typeof(AlertThresholds)] = Members(
            (nameof(AlertThresholds.OpportunityEdge), new() { Minimum = "0", ExclusiveMinimum = true, Maximum = "1" }),
            (nameof(AlertThresholds.LineMovePercent), new() { Minimum = "0", ExclusiveMinimum = true, Maximum = "100" }),
            (nameof(AlertThresholds.KickOffReminderMinutes), Range(0, AlertThresholds.MaxKickOffReminderMinutes))),
        [typeof(BettingSettingsDto)] = Members(
            (nameof(BettingSettingsDto.CollectionIntervalMinutes),
                Range(OddsCollectionRules.MinIntervalMinutes, OddsCollectionRules.MaxIntervalMinutes)),
            (nameof(BettingSettingsDto.RequestsReserve), Range(0, OddsCollectionRules.MaxRequestsReserve)),
            (nameof(BettingSettingsDto.Regions), Regions),
            (nameof(BettingSettingsDto.SportKeys), SportKeys),
            (nameof(BettingSettingsDto.OddsApiKeyHint),
                new() { MaxLength = BettingSettingsDto.HintPrefix.Length + BettingSettings.HintLength }),
            (nameof(BettingSettingsDto.Version), Count)),
        [typeof(OddsCollectionRunDto)] = Members(
            (nameof(OddsCollectionRunDto.EventsAdded), Count), (nameof(OddsCollectionRunDto.EventsUpdated), Count),
            (nameof(OddsCollectionRunDto.OddsRequests), Count), (nameof(OddsCollectionRunDto.SnapshotsStored), Count),
            (nameof(OddsCollectionRunDto.ScoresRequests), Count), (nameof(OddsCollectionRunDto.EventsCompleted), Count),
            (nameof(OddsCollectionRunDto.SkippedForReserve), Count), (nameof(OddsCollectionRunDto.QuotaRemaining), Count),
            (nameof(OddsCollectionRunDto.QuotaUsed), Count)),
        [typeof(OddsFeedRefusalDto)] = Members(
            (nameof(OddsFeedRefusalDto.Code), new() { MaxLength = OddsFeedRefusalDto.CodeMaxLength }),
            (nameof(OddsFeedRefusalDto.Title), new() { MaxLength = OddsFeedRefusalDto.TitleMaxLength }),
            (nameof(OddsFeedRefusalDto.Detail), new() { MaxLength = OddsFeedRefusalDto.DetailMaxLength }),
            (nameof(OddsFeedRefusalDto.ProviderStatus), Range(100, 599))),
        [typeof(OddsCollectionStatusDto)] = Members(
            (nameof(OddsCollectionStatusDto.SportKeys), SportKeys),
            (nameof(OddsCollectionStatusDto.CollectionIntervalMinutes),
                Range(OddsCollectionRules.MinIntervalMinutes, OddsCollectionRules.MaxIntervalMinutes)),
            (nameof(OddsCollectionStatusDto.RequestsReserve), Range(0, OddsCollectionRules.MaxRequestsReserve)),
            (nameof(OddsCollectionStatusDto.QuotaRemaining), Count), (nameof(OddsCollectionStatusDto.QuotaUsed), Count)),
        [typeof(BankrollDto)] = Members(
            (nameof(BankrollDto.PendingBets), Count), (nameof(BankrollDto.SettledBets), Count),
            (nameof(BankrollDto.OtherCurrencyBets), Count)),
        [typeof(AuditEntryDto)] = Members(
            (nameof(AuditEntryDto.UserEmail), new() { MaxLength = AuditEntry.EmailMaxLength }),
            (nameof(AuditEntryDto.SystemName), new() { MaxLength = AuditEntry.NameMaxLength }),
            (nameof(AuditEntryDto.Action), new() { MaxLength = AuditEntry.NameMaxLength }),
            (nameof(AuditEntryDto.EntityType), new() { MaxLength = AuditEntry.NameMaxLength }),
            (nameof(AuditEntryDto.EntityId), new() { MaxLength = AuditEntry.EntityIdMaxLength }),
            (nameof(AuditEntryDto.Error), new() { MaxLength = AuditEntry.NameMaxLength })),
    };

    /// <summary>The limits of <paramref name="member"/> of <paramref name="type"/> (or of a type it derives from).</summary>
    public static SchemaLimits? For(Type type, string member)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            var key = t.IsConstructedGenericType ? t.GetGenericTypeDefinition() : t;
            if (Limits.TryGetValue(key, out var members) && members.TryGetValue(member, out var limits))
                return limits;
        }

        return null;
    }

    private static SchemaLimits Range(long minimum, long maximum) => new()
    {
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, SchemaLimits> Members(params (string Member, SchemaLimits Limits)[] members) =>
        members.ToDictionary(m => m.Member, m => m.Limits, StringComparer.OrdinalIgnoreCase);
}
