using CleanPlatform.Application.Betting.ImportFootballData;
using nietras.SeparatedValues;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>A row's price groups: each one is used whole, skipped (a blank or a price ≤ 1.0) or rejects the row (text that is no number).</summary>
internal static class FootballDataPriceParser
{
    public static FootballDataRejection? Parse(SepReader.Row row, IReadOnlyList<FootballDataPriceGroup> groups,
        List<FootballDataPrice> prices, List<FootballDataSkippedMarket> skipped)
    {
        foreach (var group in groups)
        {
            FootballDataSkippedMarket? skip = null;
            decimal? line = group.FixedLine;
            if (group.LineColumn is { } lineColumn)
            {
                var text = row.Cell(lineColumn);
                if (text.IsEmpty)
                    skip = Skip(group, FootballDataSkipReason.MissingLine, lineColumn);
                else if (FootballDataValues.TryParseDecimal(text, out var value))
                    line = value;
                else
                    return NotANumber(row, lineColumn, text);
            }

            var outcomes = new FootballDataOutcomePrice[group.Outcomes.Count];
            for (var i = 0; i < outcomes.Length; i++)
            {
                var (outcome, column) = group.Outcomes[i];
                var text = row.Cell(column);
                if (text.IsEmpty)
                {
                    skip ??= Skip(group, FootballDataSkipReason.MissingPrice, column);
                    continue;
                }

                if (!FootballDataValues.TryParseDecimal(text, out var odds))
                    return NotANumber(row, column, text);
                if (odds <= 1m)
                    skip ??= Skip(group, FootballDataSkipReason.PriceNotAboveOne, column);
                outcomes[i] = new FootballDataOutcomePrice(outcome, odds, OutcomeLine(outcome, line));
            }

            if (skip is not null)
                skipped.Add(skip);
            else
                prices.Add(new FootballDataPrice(group.Bookmaker, group.Market, group.Snapshot, line, outcomes));
        }

        return null;
    }

    // The file gives the home team's handicap; the away side is settled at the same line from its own side.
    private static decimal? OutcomeLine(FootballDataOutcome outcome, decimal? line) =>
        outcome == FootballDataOutcome.Away ? -line : line;

    private static FootballDataSkippedMarket Skip(FootballDataPriceGroup group, FootballDataSkipReason reason,
        FootballDataColumn column) =>
        new(group.Bookmaker, group.Market, group.Snapshot, reason, column.Name);

    private static FootballDataRejection NotANumber(SepReader.Row row, FootballDataColumn column, ReadOnlySpan<char> text) =>
        new(row.LineNumberFrom, column.Name, $"{column.Name} '{text}' is not a number.");
}
