namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>Where an import reads from. The web page and the job build the first three only.</summary>
public abstract record PostalCodeSource
{
    /// <summary>Shown in the run's progress note and on the command line.</summary>
    public abstract string Display { get; }

    /// <summary>A file an admin uploaded (<see cref="PostalCodeUpload"/>).</summary>
    public sealed record Upload(Guid Id, string FileName) : PostalCodeSource
    {
        public override string Display => FileName;
    }

    /// <summary>An https URL on one of <see cref="PostalCodeImportOptions.AllowedHosts"/>.</summary>
    public sealed record Download(string Url) : PostalCodeSource
    {
        public override string Display => Url;
    }

    /// <summary>A file name directly in <see cref="PostalCodeImportOptions.ImportFolder"/>.</summary>
    public sealed record FolderFile(string Name) : PostalCodeSource
    {
        public override string Display => Name;
    }

    /// <summary>
    /// Any path, for the operator's command line only: whoever runs the app's command already has a shell
    /// on the server and could read the file anyway. Never built from a web request or job data.
    /// </summary>
    public sealed record OperatorFile(string Path) : PostalCodeSource
    {
        public override string Display => Path;
    }

    /// <summary>The command line's argument: an http(s) URL is downloaded under the same rules as from the page, anything else is a path.</summary>
    public static PostalCodeSource FromCommandLine(string argument)
    {
        var text = argument.Trim();
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new Download(text)
            : new OperatorFile(text);
    }
}
