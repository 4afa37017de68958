using Npgsql;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence;

public sealed class PostgresDefaultsTests
{
    [Fact]
    public void PostgresDefaults_PlainConnectionString_PreparesStatementsAndKeepsSessions()
    {
        var tuned = new NpgsqlConnectionStringBuilder(
            PersistenceRegistration.PostgresDefaults("Host=db;Database=cleanplatform;Username=app"));

        tuned.MaxAutoPrepare.Should().Be(64);
        tuned.NoResetOnClose.Should().BeTrue();
        tuned.Host.Should().Be("db");
    }

    [Fact]
    public void PostgresDefaults_OperatorsOwnSettings_AreKept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PersistenceRegistration.PostgresDefaults(
            "Host=db;Database=cleanplatform;Username=app;Max Auto Prepare=0;No Reset On Close=false"));

        tuned.MaxAutoPrepare.Should().Be(0);
        tuned.NoResetOnClose.Should().BeFalse();
    }
}
