using FluentValidation;

namespace CleanPlatform.Application.Betting.ImportFootballData;

public sealed class ImportFootballDataValidator : AbstractValidator<ImportFootballData>
{
    public ImportFootballDataValidator()
    {
        RuleFor(x => x.File).NotNull()
            .Must(file => !file.CanSeek || file.Length > 0).WithMessage("The file is empty.")
            .Must(file => !file.CanSeek || file.Length <= ImportFootballData.MaxFileBytes)
            .WithMessage($"The file is larger than {ImportFootballData.MaxFileBytes / (1024 * 1024)} MB.");
        RuleFor(x => x.FileName).NotEmpty().MaximumLength(ImportFootballData.FileNameMaxLength);
    }
}
