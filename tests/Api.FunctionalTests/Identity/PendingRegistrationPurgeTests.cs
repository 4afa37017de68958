using CleanPlatform.Application.Identity.PurgeExpiredRegistrations;

namespace CleanPlatform.Api.FunctionalTests.Identity;

/// <summary>Sign-ups whose link expired go, with their password hashes; open ones stay.</summary>
public abstract class PendingRegistrationPurgeTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task Purge_ExpiredAndOpenSignUps_DeletesOnlyTheExpired()
    {
        var expired = $"expired-{Guid.NewGuid():N}@example.test";
        var open = $"open-{Guid.NewGuid():N}@example.test";
        await Api.SignUpAsync(new { email = expired, password = ApiFactory.Password, displayName = "Expired" }, expired, Ct);
        Api.Time.Advance(TimeSpan.FromHours(1));
        var openToken = await Api.SignUpAsync(new { email = open, password = ApiFactory.Password, displayName = "Open" }, open, Ct);
        Api.Time.Advance(PendingRegistration.Lifetime - TimeSpan.FromMinutes(30));

        var purged = await Api.SendAsync(new PurgeExpiredRegistrations());
        var again = await Api.SendAsync(new PurgeExpiredRegistrations());

        purged.Should().BeGreaterThanOrEqualTo(1);
        again.Should().Be(0);
        (await Api.InDatabaseAsync(db => db.PendingRegistrations.AnyAsync(p => p.Email == expired, Ct))).Should().BeFalse();
        (await Api.ConfirmAsync(openToken!, Ct)).StatusCode.Should().Be(HttpStatusCode.Created, "an open sign-up is kept");
    }
}

[Collection(PostgresApi.Name)]
public sealed class PendingRegistrationPurgePostgresTests(PostgresApiFactory api)
    : PendingRegistrationPurgeTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class PendingRegistrationPurgeSqliteTests(SqliteApiFactory api)
    : PendingRegistrationPurgeTests<SqliteApiFactory>(api);
