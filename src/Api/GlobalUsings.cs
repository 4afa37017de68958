global using CleanPlatform.Application.Common.Interfaces;
global using CleanPlatform.Application.Common.Models;
global using CleanPlatform.Application.Identity.Common;
global using Mediator;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.Extensions.Options;
