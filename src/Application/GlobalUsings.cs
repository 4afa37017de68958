global using CleanPlatform.Application.Common.Interfaces;
global using CleanPlatform.Application.Common.Security;
global using Mediator;
global using Microsoft.EntityFrameworkCore;
