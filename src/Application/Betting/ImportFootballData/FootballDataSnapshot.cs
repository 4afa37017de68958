namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>When a football-data price was taken.</summary>
public enum FootballDataSnapshot
{
    /// <summary>The plain columns (<c>B365H</c>, <c>PSH</c>): collected some time before kick-off.</summary>
    PreClosing,

    /// <summary>The <c>C</c> columns (<c>B365CH</c>, <c>PSCH</c>, <c>AHCh</c>): the price at kick-off.</summary>
    Closing,
}
