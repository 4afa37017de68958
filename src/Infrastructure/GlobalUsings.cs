global using CleanPlatform.Application.Common.Interfaces;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
