namespace CleanPlatform.Domain.UnitTests.Betting;

/// <summary>The devig vectors of shared/domain/betting.md §9: markets, and each method's probabilities and parameter.</summary>
internal static class DevigVectors
{
    public static readonly double[] D1 = [2.10, 3.40, 3.60];
    public static readonly double[] D2 = [1.50, 4.20, 6.50];
    public static readonly double[] D3 = [1.18, 7.00, 15.00];
    public static readonly double[] D4 = [4.20, 3.60, 1.85];
    public static readonly double[] D5 = [1.80, 2.05];
    public static readonly double[] Evens = [1.91, 1.91];

    /// <summary>The §11 script's markets: D1–D5, the 1.91/1.91 case, and 1.25/6.00/11.00.</summary>
    public static TheoryData<double[]> Markets => new(D1, D2, D3, D4, D5, Evens, [1.25, 6.00, 11.00]);

    public static TheoryData<double[]> ThreeWayMarkets => new(D1, D2, D3, D4);

    public static TheoryData<double[], DevigMethod, double[], double?> Expected => new()
    {
        { D1, DevigMethod.Multiplicative, [0.454343, 0.280624, 0.265033], null },
        { D1, DevigMethod.Additive, [0.460162, 0.278089, 0.261749], null },
        { D1, DevigMethod.Power, [0.460174, 0.277980, 0.261846], 1.046112 },
        { D1, DevigMethod.Shin, [0.458666, 0.278738, 0.262597], 0.024083 },
        { D1, DevigMethod.OddsRatio, [0.457795, 0.279009, 0.263196], 1.076713 },
        { D2, DevigMethod.Multiplicative, [0.629758, 0.224913, 0.145329], null },
        { D2, DevigMethod.Additive, [0.647131, 0.218559, 0.134310], null },
        { D2, DevigMethod.Power, [0.648551, 0.215975, 0.135473], 1.067944 },
        { D2, DevigMethod.Shin, [0.642656, 0.220101, 0.137243], 0.029749 },
        { D2, DevigMethod.OddsRatio, [0.641538, 0.218530, 0.139932], 1.117510 },
        { D3, DevigMethod.Multiplicative, [0.801772, 0.135156, 0.063073], null },
        { D3, DevigMethod.Additive, [0.828464, 0.123863, 0.047673], null },
        { D3, DevigMethod.Power, [0.833000, 0.116692, 0.050308], 1.103964 },
        { D3, DevigMethod.Shin, [0.821600, 0.126346, 0.052054], 0.030301 },
        { D3, DevigMethod.OddsRatio, [0.822130, 0.121777, 0.056093], 1.201959 },
        { D4, DevigMethod.Multiplicative, [0.225381, 0.262944, 0.511675], null },
        { D4, DevigMethod.Additive, [0.219291, 0.258973, 0.521736], null },
        { D4, DevigMethod.Power, [0.219548, 0.258381, 0.522071], 1.056512 },
        { D4, DevigMethod.Shin, [0.220877, 0.259980, 0.519143], 0.028330 },
        { D4, DevigMethod.OddsRatio, [0.222053, 0.259974, 0.517974], 1.094824 },
        { D5, DevigMethod.Multiplicative, [0.532468, 0.467532], null },
        { D5, DevigMethod.Additive, [0.533875, 0.466125], null },
        { D5, DevigMethod.Power, [0.534586, 0.465414], 1.065458 },
        { D5, DevigMethod.Shin, [0.533875, 0.466125], 0.043369 },
        { D5, DevigMethod.OddsRatio, [0.533939, 0.466061], 1.091089 },
        { Evens, DevigMethod.Multiplicative, [0.5, 0.5], null },
        { Evens, DevigMethod.Additive, [0.5, 0.5], null },
        { Evens, DevigMethod.Power, [0.5, 0.5], 1.071154 },
        { Evens, DevigMethod.Shin, [0.5, 0.5], 0.047120 },
        { Evens, DevigMethod.OddsRatio, [0.5, 0.5], 1.098901 },
    };
}
