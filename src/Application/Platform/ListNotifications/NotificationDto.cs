namespace CleanPlatform.Application.Platform.ListNotifications;

/// <summary>One notification: when it was left and what it says.</summary>
public sealed record NotificationDto(Guid Id, DateTimeOffset CreatedAt, string Message);
