using System.Globalization;
using System.Net;
using System.Text.Json;
using Boona.Domain.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.Geocoding;

/// <summary>
/// Asks a Nominatim-compatible <c>/search</c> endpoint for one German address: paced to one request
/// per second app-wide, retried with backoff on 429, 5xx, timeouts and network errors (honouring
/// Retry-After), each attempt bounded by a timeout.
/// </summary>
public sealed class NominatimClient(
    HttpClient http,
    RequestPacer pacer,
    IOptions<GeocodingOptions> options,
    TimeProvider clock,
    ILogger<NominatimClient> logger) : IAddressLookup
{
    private GeocodingOptions Options => options.Value;

    public async Task<AddressLookupResult> LookupAsync(GeoAddress address, CancellationToken cancellationToken)
    {
        var uri = SearchUri(address);
        string? failure = null;
        for (var attempt = 0; attempt <= Options.MaxRetries; attempt++)
        {
            await pacer.WaitTurnAsync(cancellationToken);
            var (result, retryAfter) = await AttemptAsync(uri, cancellationToken);
            if (result.Status != AddressLookupStatus.Failed || retryAfter is null || attempt == Options.MaxRetries)
            {
                return result;
            }

            if (retryAfter.Value > Options.MaxRetryDelay)
            {
                // Asking again sooner than the service said would ignore its Retry-After; the address keeps its
                // centroid for now and the next refresh run asks again.
                return AddressLookupResult.Failed(
                    $"{result.Failure}; the service asked to wait {retryAfter.Value.TotalSeconds:0} s, longer than Geocoding:MaxRetryDelay");
            }

            failure = result.Failure;
            logger.LogInformation("Geocoding attempt {Attempt} failed ({Reason}); retrying in {Delay}", attempt + 1, failure, retryAfter);
            await Task.Delay(Backoff(retryAfter.Value, attempt), clock, cancellationToken);
        }

        return AddressLookupResult.Failed(failure ?? "no attempt was made");
    }

    /// <summary>One request; a retry delay (zero = use the backoff) when a failure is worth retrying.</summary>
    private async Task<(AddressLookupResult Result, TimeSpan? RetryAfter)> AttemptAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        try
        {
            using var response = await http.GetAsync(uri, timeout.Token);
            if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                return (AddressLookupResult.Failed($"HTTP {(int)response.StatusCode}"), RetryAfter(response) ?? TimeSpan.Zero);
            }

            if (!response.IsSuccessStatusCode)
            {
                return (AddressLookupResult.Failed($"HTTP {(int)response.StatusCode}"), null);
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            return (await ParseAsync(body, timeout.Token), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (AddressLookupResult.Failed($"no answer within {Options.Timeout.TotalSeconds:0.#} s"), TimeSpan.Zero);
        }
        catch (HttpRequestException exception)
        {
            return (AddressLookupResult.Failed(exception.Message), TimeSpan.Zero);
        }
    }

    private static async Task<AddressLookupResult> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            if (json.RootElement.ValueKind != JsonValueKind.Array || json.RootElement.GetArrayLength() == 0)
            {
                return AddressLookupResult.NotFound;
            }

            var first = json.RootElement[0];
            var point = GeoPoint.Create(Coordinate(first, "lat"), Coordinate(first, "lon"));
            return point.IsSuccess ? AddressLookupResult.Found(point.Value) : AddressLookupResult.Failed("the answer had invalid coordinates");
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return AddressLookupResult.Failed($"unreadable answer: {exception.Message}");
        }
    }

    /// <summary>Nominatim sends coordinates as strings; other implementations as numbers.</summary>
    private static double Coordinate(JsonElement place, string name)
    {
        var value = place.GetProperty(name);
        return value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble();
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        return delay is { } d && d > TimeSpan.Zero ? d : null;
    }

    private TimeSpan Backoff(TimeSpan retryAfter, int attempt)
    {
        var delay = retryAfter > TimeSpan.Zero ? retryAfter : Options.RetryBaseDelay * Math.Pow(2, attempt);
        return delay > Options.MaxRetryDelay ? Options.MaxRetryDelay : delay;
    }

    private Uri SearchUri(GeoAddress address)
    {
        var query = string.Join('&', new Dictionary<string, string?>
        {
            ["format"] = "jsonv2",
            ["limit"] = "1",
            ["countrycodes"] = "de",
            ["street"] = address.Street?.Trim(),
            ["postalcode"] = address.PostalCode.Trim(),
            ["city"] = address.City.Trim(),
            ["email"] = Options.ContactEmail,
        }.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        // A base URL with a path (https://host/nominatim) must end with a slash to keep its last segment.
        var baseUrl = Options.BaseUrl!.AbsoluteUri.EndsWith('/') ? Options.BaseUrl : new Uri(Options.BaseUrl.AbsoluteUri + "/");
        return new Uri(baseUrl, $"search?{query}");
    }
}
