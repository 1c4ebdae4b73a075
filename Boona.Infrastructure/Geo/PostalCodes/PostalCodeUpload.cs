namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// A file an admin uploaded, kept only until the import job has read it. It lives in the database,
/// not on one server's disk, because with several instances the job may run on another one.
/// </summary>
public sealed class PostalCodeUpload
{
    public const int FileNameLength = 255;

    /// <summary>Uploads the job never picked up (a crash, a stop) are removed with the next upload after this long.</summary>
    public static readonly TimeSpan KeptAtMost = TimeSpan.FromDays(1);

    public Guid Id { get; init; }

    /// <summary>The name the browser gave, shortened; shown in the run, never used as a path.</summary>
    public required string FileName { get; init; }

    public required byte[] Content { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
