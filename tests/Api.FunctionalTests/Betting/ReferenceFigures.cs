namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>The figures of betting.md §10 for E0 2022-23, 2023-24 and both, as printed there (six decimals).</summary>
internal sealed record ReferenceFigures(
    int Matches, int Home, int Draw, int Away,
    double MarginB365, double MarginPs, double MarginPsc, double MarginAvg, double MarginMax,
    double FlatHome, double FlatDraw, double FlatAway, double FlatAll,
    (int Bets, int Wins, double Roi) ValueAbove0, (int Bets, int Wins, double Roi) ValueAbove2,
    int KellyBets, double KellyBank, double KellyStakes, double KellyYield, double KellyDrawdown,
    double ClvRaw, double ClvFair, double ClvProbability,
    double BrierB365, double BrierPsc, double LogLossB365, double LogLossPsc,
    double AhB365, double AhPinnacle, double AhPinnacleClosing,
    (int Won, int HalfWon, int Push, int HalfLost, int Lost) AhResults)
{
    public static readonly IReadOnlyDictionary<string, ReferenceFigures> Of = new Dictionary<string, ReferenceFigures>
    {
        [ReferenceSeasons.Season2022] = new(380, 184, 87, 109,
            0.053707, 0.026485, 0.024612, 0.040655, 0.001918,
            0.081658, -0.092026, -0.163026, -0.057798,
            (231, 78, 0.101429), (148, 47, 0.195811),
            148, 1013.784082, 1089.254340, 0.012655, 0.081581,
            -0.028563, -0.051889, -0.013111,
            0.573499, 0.571183, 0.966158, 0.962152,
            0.034316, 0.042750, 0.043316,
            (165, 23, 21, 33, 138)),
        [ReferenceSeasons.Season2023] = new(380, 175, 82, 123,
            0.053972, 0.034644, 0.029258, 0.041400, 0.001078,
            -0.062000, -0.115421, -0.137105, -0.104842,
            (214, 81, 0.018738), (135, 51, 0.091185),
            135, 1646.378672, 1485.664322, 0.435077, 0.087644,
            -0.014663, -0.042680, -0.004876,
            0.533123, 0.525848, 0.909212, 0.899550,
            -0.030645, -0.030434, -0.040303,
            (144, 35, 22, 27, 152)),
        ["both"] = new(760, 359, 169, 232,
            0.053839, 0.030564, 0.026935, 0.041027, 0.001498,
            0.009829, -0.103724, -0.150066, -0.081320,
            (445, 159, 0.061663), (283, 98, 0.145901),
            283, 1669.072491, 2595.397182, 0.257792, 0.123687,
            -0.021613, -0.047285, -0.008993,
            0.553311, 0.548515, 0.937685, 0.930851,
            0.001836, 0.006158, 0.001507,
            (309, 58, 43, 60, 290)),
    };

    /// <summary>The three columns of §10: each season, then both.</summary>
    public static IReadOnlyList<string> Seasons { get; } = [ReferenceSeasons.Season2022, ReferenceSeasons.Season2023, "both"];
}
