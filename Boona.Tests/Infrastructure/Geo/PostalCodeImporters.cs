using System.Net;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Boona.Tests.Infrastructure.Geo;

/// <summary>The app's postal-code importer, wired as in the app, on a test database.</summary>
internal static class PostalCodeImporters
{
    /// <param name="database">Where the centroids and uploads are kept.</param>
    /// <param name="options">Limits and sources; the app's defaults when null.</param>
    /// <param name="loopbackServer">
    /// Lets the download reach a <see cref="LoopbackHttpServer"/> standing in for GeoNames: plain http to
    /// 127.0.0.1 (added to the allowed hosts). Only code can do this; no setting of the app can.
    /// </param>
    public static PostalCodeImporter For(TestDatabase database, PostalCodeImportOptions? options = null, bool loopbackServer = false) =>
        Services(database, options, loopbackServer).GetRequiredService<PostalCodeImporter>();

    public static ServiceProvider Services(TestDatabase database, PostalCodeImportOptions? options = null, bool loopbackServer = false)
    {
        options ??= new PostalCodeImportOptions();
        if (loopbackServer)
        {
            options.AllowedHosts = [.. options.Hosts, "127.0.0.1"];
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(database.Factory);
        services.AddSingleton(Options.Create(options));
        services.AddPostalCodeHttpClient(loopbackServer ? IPAddress.IsLoopback : PublicAddresses.IsPublic);
        services.AddTransient(sp => new PostalCodeDownloader(
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<IOptions<PostalCodeImportOptions>>(), sp.GetRequiredService<ILogger<PostalCodeDownloader>>())
        {
            HttpsOnly = !loopbackServer,
        });
        services.AddTransient<PostalCodeImportFolder>();
        services.AddTransient<PostalCodeFileOpener>();
        services.AddTransient<PostalCodeImporter>();
        return services.BuildServiceProvider();
    }

    public static PostalCodeSource File(string path) => new PostalCodeSource.OperatorFile(path);

    public static PostalCodeSource Url(Uri url) => new PostalCodeSource.Download(url.ToString());

    public static async Task<int> CountAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.PostalCodes.CountAsync(TestContext.Current.CancellationToken);
    }
}
