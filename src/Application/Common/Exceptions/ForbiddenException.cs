namespace CleanPlatform.Application.Common.Exceptions;

public sealed class ForbiddenException(string message = "You are not allowed to do this.") : Exception(message);
