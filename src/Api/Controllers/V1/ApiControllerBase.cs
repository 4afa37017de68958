using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;

namespace CleanPlatform.Api.Controllers.V1;

/// <summary>What every v1 controller shares: JSON in and out, version 1, problem responses.</summary>
[ApiController]
[ApiVersion(1.0)]
[Produces("application/json")]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
public abstract class ApiControllerBase : ControllerBase;
