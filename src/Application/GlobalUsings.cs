global using CleanPlatform.Application.Common.Exceptions;
global using CleanPlatform.Application.Common.Interfaces;
global using CleanPlatform.Application.Common.Models;
global using CleanPlatform.Application.Common.Security;
global using CleanPlatform.Application.Identity.Common;
global using CleanPlatform.Domain.Common;
global using CleanPlatform.Domain.Identity;
global using FluentValidation;
global using Mediator;
global using Microsoft.EntityFrameworkCore;
// FluentValidation has a ValidationException too; the one this layer throws is its own.
global using ValidationException = CleanPlatform.Application.Common.Exceptions.ValidationException;
