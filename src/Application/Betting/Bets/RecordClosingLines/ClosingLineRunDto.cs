namespace CleanPlatform.Application.Betting.Bets.RecordClosingLines;

/// <summary>
/// What a closing-line run did: bets given their closing odds and CLV (<c>Stale</c> of them closed by a live price
/// captured over an hour before kick-off, and flagged), bets still without a usable close (their CLV stays null), and
/// bets skipped because they changed while the run ran.
/// </summary>
public sealed record ClosingLineRunDto(int Recorded, int Stale, int WithoutClose, int Skipped);
