using System.Globalization;

namespace CleanPlatform.Domain.UnitTests.Betting;

/// <summary>The devig vectors of shared/domain/betting.md §9: the markets, and each method's answer from a data file.</summary>
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

    /// <summary>Each market and method with its probabilities and parameter, from <c>devig-vectors.tsv</c>.</summary>
    public static TheoryData<double[], DevigMethod, double[], double?> Expected()
    {
        var data = new TheoryData<double[], DevigMethod, double[], double?>();
        foreach (var cells in Rows())
            data.Add(Numbers(cells[0]), Enum.Parse<DevigMethod>(cells[1]), Numbers(cells[2]),
                cells[3] == "-" ? null : double.Parse(cells[3], CultureInfo.InvariantCulture));
        return data;
    }

    private static IEnumerable<string[]> Rows()
    {
        using var stream = typeof(DevigVectors).Assembly.GetManifestResourceStream("devig-vectors.tsv")!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (!line.StartsWith('#'))
                yield return line.Split('\t');
    }

    private static double[] Numbers(string cell) =>
        [.. cell.Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture))];
}
