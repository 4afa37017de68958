using CleanPlatform.Infrastructure.Email;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace CleanPlatform.Infrastructure.IntegrationTests.Email;

/// <summary>The two ways an e-mail leaves: to an SMTP relay, or into the pickup directory; chosen by configuration.</summary>
public sealed class EmailSenderTests
{
    private static readonly EmailMessage Message = new("ada@example.test", "Confirm your e-mail address",
        "Open https://app.example.test/register/confirm?token=abc-123_XYZ within 24 hours.");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_WithSmtpHost_HandsTheMessageToTheRelay()
    {
        await using var relay = new LoopbackSmtpServer();
        await using var services = Services(new()
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:From"] = "CleanPlatform <no-reply@example.test>",
        });

        await services.GetRequiredService<IEmailSender>().SendAsync(Message, Ct);

        relay.Received.Should().ContainSingle();
        var received = relay.Received.Single();
        received.To.Mailboxes.Single().Address.Should().Be("ada@example.test");
        received.From.Mailboxes.Single().Address.Should().Be("no-reply@example.test");
        received.Subject.Should().Be(Message.Subject);
        received.TextBody!.Trim().Should().Be(Message.Body);
    }

    [Fact]
    public async Task Send_WithAttachments_HandsThemToTheRelayAfterTheText_AndThePickupDirectoryKeepsThem()
    {
        byte[] pdf = [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37];
        var message = Message with { Attachments = [new EmailAttachment("INV-2026-000123.pdf", "application/pdf", pdf)] };
        await using var relay = new LoopbackSmtpServer();
        var directory = Path.Combine(Path.GetTempPath(), $"cp-mail-{Guid.NewGuid():N}");
        try
        {
            await using var smtp = Services(new()
            {
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:Smtp:Security"] = "None",
            });
            await using var pickup = Services(new() { ["Email:PickupDirectory"] = directory });

            await smtp.GetRequiredService<IEmailSender>().SendAsync(message, Ct);
            await pickup.GetRequiredService<IEmailSender>().SendAsync(message, Ct);

            var written = await MimeMessage.LoadAsync(Directory.GetFiles(directory).Should().ContainSingle().Which, Ct);
            foreach (var received in new[] { relay.Received.Should().ContainSingle().Which, written })
            {
                received.TextBody!.Trim().Should().Be(Message.Body);
                var attachment = received.Attachments.OfType<MimePart>().Should().ContainSingle().Which;
                attachment.FileName.Should().Be("INV-2026-000123.pdf");
                attachment.ContentType.MimeType.Should().Be("application/pdf");
                using var content = new MemoryStream();
                await attachment.Content!.DecodeToAsync(content, Ct);
                content.ToArray().Should().Equal(pdf);
            }
        }
        finally
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Send_RelayUnreachable_Throws()
    {
        int port;
        await using (var closed = new LoopbackSmtpServer())
            port = closed.Port;
        await using var services = Services(new()
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
        });

        var send = () => services.GetRequiredService<IEmailSender>().SendAsync(Message, Ct);

        await send.Should().ThrowAsync<Exception>("the outbox must see the failure to try again");
    }

    [Fact]
    public async Task Send_WithoutSmtpHost_WritesAnEmlFileAMailClientOpens()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"cp-mail-{Guid.NewGuid():N}");
        try
        {
            await using var services = Services(new() { ["Email:PickupDirectory"] = directory });

            await services.GetRequiredService<IEmailSender>().SendAsync(Message, Ct);

            var file = Directory.GetFiles(directory).Should().ContainSingle().Which;
            file.Should().EndWith(".eml");
            var written = await MimeMessage.LoadAsync(file, Ct);
            written.To.Mailboxes.Single().Address.Should().Be("ada@example.test");
            written.TextBody!.Trim().Should().Be(Message.Body);
        }
        finally
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Links_BaseWithAPath_KeepsItInFrontOfTheAppsPath()
    {
        await using var services = Services(new() { ["Email:LinkBaseUrl"] = "https://example.test/platform/" });

        var link = services.GetRequiredService<IPublicLinks>().Link("/register/confirm?token=a-b");

        link.ToString().Should().Be("https://example.test/platform/register/confirm?token=a-b");
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddEmail(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
