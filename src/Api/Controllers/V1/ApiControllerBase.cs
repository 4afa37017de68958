using Asp.Versioning;

namespace CleanPlatform.Api.Controllers.V1;

/// <summary>What every v1 controller shares: version 1 and problem responses (application/problem+json).</summary>
[ApiController]
[ApiVersion(1.0)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
public abstract class ApiControllerBase : ControllerBase;
