using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Domain.UnitTests.Betting.Agents;

public sealed class OpportunityScoreTests
{
    [Theory]
    // Every factor at its best: 10 % EV, agreement weighing 2, odds 2.00, at kick-off, a 2 % margin.
    [InlineData(0.10, 2.0, 2.00, 0, 0.02, 100)]
    // Every factor at its worst but time (0.2 at 72 h and beyond): 100 × 0.10 × 0.2.
    [InlineData(0.00, 0.0, 10.00, 96, 0.10, 2)]
    // 0.35 × 0.5 + 0.25 × 0.5 + 0.15 × 1 + 0.10 × 1 + 0.15 × 0.5 = 0.625.
    [InlineData(0.05, 1.0, 3.00, 6, 0.06, 63)]
    // Odds 1.25 give half the odds factor; 39 h give 0.6 of the time factor: 0.35 + 0 + 0.075 + 0.06 + 0.15 = 0.635.
    [InlineData(0.20, 0.0, 1.25, 39, 0.01, 64)]
    public void Of_Factors_WeighAsDocumented(double ev, double agreement, double odds, int hours, double margin, int expected) =>
        OpportunityScore.Of((decimal)ev, agreement, new Odds((decimal)odds), TimeSpan.FromHours(hours), margin).Should().Be(expected);

    [Theory]
    [InlineData(50, 0.05, OpportunityLabel.Analyser)]
    [InlineData(49, 0.05, OpportunityLabel.Prudence)]
    [InlineData(90, 0.25, OpportunityLabel.Analyser)]
    [InlineData(90, 0.2501, OpportunityLabel.Prudence)]
    public void LabelOf_ScoreAndEv_LabelsAsDocumented(int score, double ev, OpportunityLabel expected) =>
        OpportunityScore.LabelOf(score, (decimal)ev).Should().Be(expected);

    [Theory]
    [InlineData(19, 0.05, 1.0)]
    [InlineData(20, 0.025, 1.5)]
    [InlineData(20, -0.025, 0.5)]
    [InlineData(40, 0.2, 2.0)]
    [InlineData(40, -0.2, 0.25)]
    public void Weight_TrackRecord_CountsAsDocumented(int closed, double meanClv, double expected) =>
        new AgentTrackRecord("spread", closed, meanClv).Weight.Should().BeApproximately(expected, 1e-12);
}
