namespace CleanPlatform.Domain.Betting.Goals;

/// <summary>
/// Fits the goal means of a <see cref="ScoreGrid"/> to an event's devigged closing markets: the <c>(λh, λa)</c> that
/// minimise <c>Σ (p_model − p_close)²</c> over every outcome of every market, <c>p_model</c> being the fair probability
/// <see cref="LineOutcome.FairProbability"/> (pushes left out, quarter lines split), so a two-way handicap or totals
/// price compares like for like with its multiplicative devig.
/// </summary>
/// <remarks>
/// Deterministic Levenberg–Marquardt on <c>(ln λh, ln λa)</c>, from <c>(1.4, 1.1)</c>, with a central-difference
/// Jacobian: each step solves <c>(JᵀJ + μ·diag JᵀJ)·δ = −Jᵀr</c>, keeps it when the squared error falls (then
/// <c>μ ← μ/3</c>) and otherwise retries with <c>μ ← 2μ</c>; it stops when a step moves both logs less than
/// 1e-13, after 200 steps, or once the error is below 1e-28. Two numbers pin the two means down, so the markets must carry
/// at least two independent probabilities: a 1X2 market alone, or two two-way markets.
/// </remarks>
public static class GoalModelFit
{
    private const int MaxSteps = 200;
    private const double StepTolerance = 1e-13;
    private const double ErrorTolerance = 1e-28;
    private const double Difference = 1e-6;
    private const double MinRate = 0.02;
    private const double StartHome = 1.4;
    private const double StartAway = 1.1;

    /// <summary>The grid fitted to <paramref name="markets"/>, or null when they pin down fewer than two numbers.</summary>
    /// <exception cref="DomainException"><c>goal_model.market_not_priced</c> for a market the model does not price.</exception>
    public static ScoreGrid? Of(IEnumerable<FairMarket> markets, double rho = 0.0)
    {
        ArgumentNullException.ThrowIfNull(markets);
        var targets = new List<(LineWeights Weights, double Probability)>();
        var independent = 0;
        foreach (var market in markets)
        {
            var outcomes = FairMarket.OutcomesOf(market.Market);
            if (outcomes.Count == 0 || outcomes.Count != market.Probabilities.Count)
                throw new DomainException("goal_model.market_not_priced", $"A goal model does not price this {market.Market} market.");
            for (var k = 0; k < outcomes.Count; k++)
            {
                var line = FairMarket.OwnLine(market.Market, outcomes[k], market.Line);
                targets.Add((LineWeights.Of(market.Market, outcomes[k], line), market.Probabilities[k]));
            }

            independent += outcomes.Count - 1;
        }

        if (independent < 2)
            return null;
        var (home, away) = Minimise(targets, rho);
        return ScoreGrid.Of(home, away, rho);
    }

    private static (double Home, double Away) Minimise(List<(LineWeights Weights, double Probability)> targets, double rho)
    {
        var x = (H: Math.Log(StartHome), A: Math.Log(StartAway));
        var r = Residuals(targets, x.H, x.A, rho);
        var error = SquaredError(r);
        var mu = 1e-3;
        for (var step = 0; step < MaxSteps && error > ErrorTolerance; step++)
        {
            var dh = Derivative(targets, x, rho, home: true);
            var da = Derivative(targets, x, rho, home: false);
            double jhh = 0, jha = 0, jaa = 0, gh = 0, ga = 0;
            for (var k = 0; k < r.Length; k++)
            {
                jhh += dh[k] * dh[k];
                jha += dh[k] * da[k];
                jaa += da[k] * da[k];
                gh += dh[k] * r[k];
                ga += da[k] * r[k];
            }

            var improved = false;
            while (!improved && mu < 1e12)
            {
                var (ahh, aaa) = (jhh * (1 + mu), jaa * (1 + mu));
                var det = (ahh * aaa) - (jha * jha);
                if (det <= 0 || !double.IsFinite(det))
                {
                    mu *= 2;
                    continue;
                }

                var (sh, sa) = (-((aaa * gh) - (jha * ga)) / det, -((ahh * ga) - (jha * gh)) / det);
                var next = (H: Clamp(x.H + sh), A: Clamp(x.A + sa));
                var nr = Residuals(targets, next.H, next.A, rho);
                var nextError = SquaredError(nr);
                if (nextError < error)
                {
                    var moved = Math.Max(Math.Abs(next.H - x.H), Math.Abs(next.A - x.A));
                    (x, r, error, mu, improved) = (next, nr, nextError, Math.Max(mu / 3, 1e-12), true);
                    if (moved < StepTolerance)
                        return (Math.Exp(x.H), Math.Exp(x.A));
                }
                else
                {
                    mu *= 2;
                }
            }

            if (!improved)
                break;
        }

        return (Math.Exp(x.H), Math.Exp(x.A));
    }

    private static double[] Derivative(List<(LineWeights Weights, double Probability)> targets, (double H, double A) x,
        double rho, bool home)
    {
        var (up, down) = home
            ? (Residuals(targets, x.H + Difference, x.A, rho), Residuals(targets, x.H - Difference, x.A, rho))
            : (Residuals(targets, x.H, x.A + Difference, rho), Residuals(targets, x.H, x.A - Difference, rho));
        var d = new double[up.Length];
        for (var k = 0; k < d.Length; k++)
            d[k] = (up[k] - down[k]) / (2 * Difference);
        return d;
    }

    private static double[] Residuals(List<(LineWeights Weights, double Probability)> targets, double logHome,
        double logAway, double rho)
    {
        var grid = ScoreGrid.Of(Math.Exp(logHome), Math.Exp(logAway), rho);
        var r = new double[targets.Count];
        for (var k = 0; k < r.Length; k++)
            r[k] = grid.Price(targets[k].Weights).FairProbability - targets[k].Probability;
        return r;
    }

    private static double SquaredError(double[] residuals) => residuals.Sum(e => e * e);

    // Keeps the means where the grid is defined (and a Dixon–Coles ρ stays admissible for sensible values).
    private static double Clamp(double logRate) => Math.Clamp(logRate, Math.Log(MinRate), Math.Log(ScoreGrid.MaxRate / 2));
}
