namespace CleanPlatform.Api.FunctionalTests.Platform.Betting;

/// <summary>A schema type from a module with no examples registered (namespace segment "Betting").</summary>
public sealed record Sport(Guid Id, string Name);
