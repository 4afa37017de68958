using CleanPlatform.Application.Betting.CollectOdds;

namespace CleanPlatform.Application.UnitTests.Betting;

public sealed class OddsCollectionPlanTests
{
    private const int Hourly = 60;
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    public static TheoryData<TimeSpan, TimeSpan> CadenceByTimeToKickOff => new()
    {
        { TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5) },
        { TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(5) },
        { TimeSpan.FromMinutes(30) + Tick, TimeSpan.FromMinutes(10) },
        { TimeSpan.FromHours(2), TimeSpan.FromMinutes(10) },
        { TimeSpan.FromHours(2) + Tick, TimeSpan.FromMinutes(Hourly) },
        { TimeSpan.FromHours(48), TimeSpan.FromMinutes(Hourly) },
    };

    [Theory]
    [MemberData(nameof(CadenceByTimeToKickOff))]
    public void CadenceOf_HourlyInterval_TightensAtHalfAnHourAndTwoHoursInclusive(TimeSpan toKickOff, TimeSpan expected)
    {
        var cadence = OddsCollectionPlan.CadenceOf(Now + toKickOff, Hourly, Now);

        cadence.Should().Be(expected);
    }

    [Theory]
    [InlineData(20, 5)]
    [InlineData(60, 10)]
    [InlineData(180, 1440)]
    public void CadenceOf_DailyInterval_IsCappedByTheCloserCadences(int minutesToKickOff, int expectedMinutes)
    {
        var cadence = OddsCollectionPlan.CadenceOf(Now.AddMinutes(minutesToKickOff), 1440, Now);

        cadence.Should().Be(TimeSpan.FromMinutes(expectedMinutes));
    }

    [Theory]
    [InlineData(20, 5, 5)]
    [InlineData(60, 5, 5)]
    [InlineData(60, 7, 7)]
    [InlineData(20, 7, 5)]
    public void CadenceOf_IntervalShorterThanTheCloserCadence_KeepsTheInterval(int minutesToKickOff, int interval,
        int expectedMinutes)
    {
        var cadence = OddsCollectionPlan.CadenceOf(Now.AddMinutes(minutesToKickOff), interval, Now);

        cadence.Should().Be(TimeSpan.FromMinutes(expectedMinutes));
    }

    public static TheoryData<TimeSpan, bool> NeverCheckedByTimeToKickOff => new()
    {
        { -TimeSpan.FromMinutes(1), false },
        { TimeSpan.Zero, false },
        { Tick, true },
        { TimeSpan.FromHours(48), true },
        { TimeSpan.FromHours(48) + Tick, false },
    };

    [Theory]
    [MemberData(nameof(NeverCheckedByTimeToKickOff))]
    public void OddsDue_NeverChecked_DueOnlyFromNowToFortyEightHoursInclusive(TimeSpan toKickOff, bool expected)
    {
        var due = OddsCollectionPlan.OddsDue(Now + toKickOff, null, Hourly, Now);

        due.Should().Be(expected);
    }

    public static TheoryData<TimeSpan, TimeSpan, bool> CheckedByTimeToKickOff => new()
    {
        { TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(5), true },
        { TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(5) - Tick, false },
        { TimeSpan.FromHours(2), TimeSpan.FromMinutes(10), true },
        { TimeSpan.FromHours(2), TimeSpan.FromMinutes(10) - Tick, false },
        { TimeSpan.FromHours(48), TimeSpan.FromMinutes(60), true },
        { TimeSpan.FromHours(48), TimeSpan.FromMinutes(60) - Tick, false },
    };

    [Theory]
    [MemberData(nameof(CheckedByTimeToKickOff))]
    public void OddsDue_Checked_DueOnceTheCadenceHasPassedInclusive(TimeSpan toKickOff, TimeSpan sinceChecked, bool expected)
    {
        var due = OddsCollectionPlan.OddsDue(Now + toKickOff, Now - sinceChecked, Hourly, Now);

        due.Should().Be(expected);
    }

    [Fact]
    public void OddsDue_CheckedBeforeTheLastHalfHour_FollowsTheCadenceAtNow()
    {
        // Asked 34 minutes before kick-off (then every 10 minutes); 29 minutes before, five minutes is enough.
        var kickOff = Now.AddMinutes(29);

        var due = OddsCollectionPlan.OddsDue(kickOff, Now.AddMinutes(-5), Hourly, Now);

        due.Should().BeTrue();
    }

    public static TheoryData<TimeSpan, bool> NeverCheckedBySinceKickOff => new()
    {
        { TimeSpan.FromHours(2) - Tick, false },
        { TimeSpan.FromHours(2), true },
        { TimeSpan.FromDays(3), true },
        { TimeSpan.FromDays(3) + Tick, false },
    };

    [Theory]
    [MemberData(nameof(NeverCheckedBySinceKickOff))]
    public void ScoreDue_NeverChecked_DueFromTwoHoursToThreeDaysAfterKickOffInclusive(TimeSpan sinceKickOff, bool expected)
    {
        var due = OddsCollectionPlan.ScoreDue(Now - sinceKickOff, null, Hourly, Now);

        due.Should().Be(expected);
    }

    [Fact]
    public void ScoreDue_LastCheckedForOddsBeforeScoresWereDue_IsDueAtOnce()
    {
        var kickOff = Now.AddHours(-2).AddMinutes(-1);

        var due = OddsCollectionPlan.ScoreDue(kickOff, kickOff.AddHours(2) - Tick, Hourly, Now);

        due.Should().BeTrue();
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(59, false)]
    public void ScoreDue_CheckedForScores_DueOnceTheIntervalHasPassedInclusive(int minutesSinceChecked, bool expected)
    {
        var kickOff = Now.AddHours(-5);

        var due = OddsCollectionPlan.ScoreDue(kickOff, Now.AddMinutes(-minutesSinceChecked), Hourly, Now);

        due.Should().Be(expected);
    }

    [Fact]
    public void ScoreDue_CheckedJustWhenScoresBecameDue_WaitsForTheInterval()
    {
        var kickOff = Now.AddHours(-2).AddMinutes(-1);

        var due = OddsCollectionPlan.ScoreDue(kickOff, kickOff.AddHours(2), Hourly, Now);

        due.Should().BeFalse();
    }

    [Fact]
    public void Plan_Windows_AreFortyEightHoursAheadAndTwoHoursToThreeDaysBehind()
    {
        (OddsCollectionPlan.Horizon, OddsCollectionPlan.ScoresAfter, OddsCollectionPlan.ScoresLookBackDays)
            .Should().Be((TimeSpan.FromHours(48), TimeSpan.FromHours(2), 3));
    }
}
