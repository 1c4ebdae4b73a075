using MimeKit;

namespace Boona.Infrastructure.Outreach.Delivery;

/// <summary>
/// Without an SMTP server: each message becomes an <c>.eml</c> file that any mail program opens. Written to a
/// temporary name and renamed, so a half-written file never looks like a message.
/// </summary>
internal sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{FileSafe(message.MessageId ?? Guid.NewGuid().ToString("N"))}.eml";
            var path = Path.Combine(folder, name);
            var temporary = path + ".tmp";
            await using (var stream = File.Create(temporary))
            {
                await message.WriteToAsync(stream, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException exception)
        {
            throw new MailDeliveryException($"Pickup folder {folder}: {exception.Message}", permanent: false, transportDown: true, exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new MailDeliveryException($"Pickup folder {folder}: {exception.Message}", permanent: false, transportDown: true, exception);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string FileSafe(string messageId) =>
        new([.. messageId.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '@')]);
}
