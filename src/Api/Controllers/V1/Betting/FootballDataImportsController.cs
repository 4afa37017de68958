using System.ComponentModel.DataAnnotations;
using CleanPlatform.Application.Betting.ImportFootballData;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using ImportCommand = CleanPlatform.Application.Betting.ImportFootballData.ImportFootballData;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>Imports of football-data.co.uk season files: matches, results and bookmakers' prices.</summary>
[Route("api/v{version:apiVersion}/betting/imports/football-data"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class FootballDataImportsController(ISender sender) : ApiControllerBase
{
    // The multipart envelope around the file: boundaries and part headers.
    private const long FormOverheadBytes = 64 * 1024;

    /// <summary>Imports one football-data.co.uk CSV file (one league's season, or its fixtures) into your organization.</summary>
    /// <remarks>
    /// Admins, Advisors and Members; API keys need the Write scope. Reads every match with its full-time and
    /// half-time score (none for a match still to be played: a fixtures file, or blank FTHG, FTAG and FTR) and every
    /// bookmaker's pre-closing and closing prices (1X2, over/under 2.5, Asian handicap);
    /// Pinnacle's closing prices are the closing line. Importing the same file again adds nothing. A row that cannot
    /// be used is listed in <c>rejections</c> with its line number and reason; the other rows are imported. All of it
    /// is stored in one transaction, or none of it.
    /// </remarks>
    /// <response code="200">Imported; the report says what was added and what was rejected.</response>
    /// <response code="400">
    /// No file, an empty one, or a file that is not a football-data CSV (<c>errors.file</c>); or a body over 20 MB.
    /// </response>
    [HttpPost, Consumes("multipart/form-data")]
    [RequestSizeLimit(ImportCommand.MaxFileBytes + FormOverheadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportCommand.MaxFileBytes + FormOverheadBytes)]
    [ProducesResponseType<FootballDataImportDto>(StatusCodes.Status200OK)]
    public async Task<FootballDataImportDto> ImportFootballData([Required] IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return await sender.Send(new ImportCommand(stream, file.FileName), ct);
    }
}
