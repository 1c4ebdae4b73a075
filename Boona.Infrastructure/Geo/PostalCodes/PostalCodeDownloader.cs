using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// Downloads a postal-code file under the rules an admin's URL must meet: https, a host on the
/// allow-list, a public address (checked by the client's handler after DNS, see <see cref="Common.PublicAddresses"/>),
/// no redirects, at most <see cref="PostalCodeImportOptions.MaxFileBytes"/> within the timeout. Every failure
/// reads the same — "download from host failed" — so the import can't probe ports or echo an answer.
/// </summary>
public sealed class PostalCodeDownloader(IHttpClientFactory clients, IOptions<PostalCodeImportOptions> options, ILogger<PostalCodeDownloader> logger)
{
    public const string HttpClientName = "postal-codes";

    /// <summary>Only tests against a loopback server (which has no certificate) turn this off; no setting can.</summary>
    internal bool HttpsOnly { get; init; } = true;

    /// <summary>The downloaded file, positioned at its start and deleted when disposed; or why not.</summary>
    public async Task<(Stream? File, PostalCodeImportError? Error)> DownloadAsync(string url, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (PostalCodeUrlRule.Check(url, limits.Hosts, HttpsOnly) is not { } uri)
        {
            return (null, PostalCodeUrlRule.Refusal(limits.Hosts));
        }

        var failed = new PostalCodeImportError(PostalCodeFileProblem.DownloadFailed, null, uri.IdnHost);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.DownloadTimeout);
        FileStream? file = null;
        try
        {
            using var client = clients.CreateClient(HttpClientName);
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                // A redirect is an answer like any other: not followed, since it may lead to another host.
                logger.LogWarning("Postal-code download from {Host} answered {Status} (redirect to {Location})", uri.IdnHost, (int)response.StatusCode, response.Headers.Location?.Host);
                return (null, failed);
            }

            if (response.Content.Headers.ContentLength > limits.MaxFileBytes)
            {
                return (null, TooLarge(limits));
            }

            file = new FileStream(Path.Combine(Path.GetTempPath(), $"boona-postal-codes-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            await using (var body = new SizeLimitedStream(await response.Content.ReadAsStreamAsync(timeout.Token), limits.MaxFileBytes))
            {
                await body.CopyToAsync(file, timeout.Token);
            }

            file.Position = 0;
            var complete = file;
            file = null;
            return (complete, null);
        }
        catch (FileTooLargeException)
        {
            return (null, TooLarge(limits));
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // IOException: the connection broke off mid-file, or the disk is full. The reason goes to the
            // operator's log only; the admin learns the host, not whether a port was open.
            logger.LogWarning("Postal-code download from {Host} failed: {Reason}", uri.IdnHost, exception.Message);
            return (null, failed);
        }
        finally
        {
            // A half-written or abandoned download is deleted with its stream.
            file?.Dispose();
        }
    }

    private static PostalCodeImportError TooLarge(PostalCodeImportOptions limits) =>
        new(PostalCodeFileProblem.TooLarge, null, PostalCodeImportError.Bytes(limits.MaxFileBytes));
}
