global using CleanPlatform.Domain.Common;
