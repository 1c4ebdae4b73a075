using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Geo;
using Boona.Tests.Infrastructure.Jobs;
using Boona.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Boona.Tests.Web.Security;

/// <summary>
/// Issue 9, item 1: the postal-code import must not be a way into the server's network (SSRF, port scans)
/// or its files. Each URL test runs a listener on loopback and proves the app's own wiring never touches it.
/// </summary>
public sealed class PostalCodeImportSecurityTests
{
    /// <summary>The app with loopback names put on the allow-list: the address check after DNS must still refuse them.</summary>
    private static BoonaAppFactory AppAllowing(params string[] hosts) =>
        new(seedDemoData: false, hosts.Select((h, i) => (Key: $"PostalCodes:AllowedHosts:{i}", Value: h)).ToDictionary(s => s.Key, s => s.Value));

    private static async Task<PostalCodeImportResult> ImportAsync(BoonaAppFactory app, string url)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PostalCodeImporter>().ImportAsync(new PostalCodeSource.Download(url), new JobProgress(), Token);
    }

    [Fact]
    public async Task By_default_only_https_from_GeoNames_is_allowed_and_no_server_folder()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        using var client = app.CreateClient();

        var options = app.Services.GetRequiredService<IOptions<PostalCodeImportOptions>>().Value;
        Assert.Equal(["download.geonames.org"], options.Hosts);
        Assert.Null(options.ImportFolder);
        Assert.True(app.Services.GetRequiredService<PostalCodeDownloader>().HttpsOnly);
        Assert.False(app.Services.GetRequiredService<PostalCodeImportCommands>().HasImportFolder);
    }

    [Fact]
    public async Task Loopback_urls_never_reach_the_listener_even_when_their_host_is_allowed()
    {
        await using var listener = TcpContactListener.Start();
        await using var app = AppAllowing("localhost", "127.0.0.1", "download.geonames.org");
        using var client = app.CreateClient();
        var port = listener.Port;

        var plainHttp = await ImportAsync(app, $"http://127.0.0.1:{port}/DE.zip");
        var literal = await ImportAsync(app, $"https://127.0.0.1:{port}/DE.zip");
        var byName = await ImportAsync(app, $"https://localhost:{port}/DE.zip");
        var asNumber = await ImportAsync(app, $"https://2130706433:{port}/DE.zip");

        Assert.Equal(0, listener.Contacts);
        Assert.Equal(PostalCodeFileProblem.UrlNotAllowed, plainHttp.Error?.Problem);
        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.DownloadFailed, null, "127.0.0.1"), literal.Error);
        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.DownloadFailed, null, "localhost"), byName.Error);
        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.DownloadFailed, null, "127.0.0.1"), asNumber.Error);
        Assert.All(new[] { plainHttp, literal, byName, asNumber }, r => Assert.DoesNotContain(TcpContactListener.Secret, r.Error!.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_off_the_allow_list_is_refused_before_any_connection()
    {
        await using var listener = TcpContactListener.Start();
        await using var app = new BoonaAppFactory(seedDemoData: false);
        using var client = app.CreateClient();

        var refused = await ImportAsync(app, $"https://localhost:{listener.Port}/DE.zip");

        Assert.Equal(0, listener.Contacts);
        // The refusal names what is allowed, not what was asked for.
        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.UrlNotAllowed, null, "download.geonames.org"), refused.Error);
    }

    [Fact]
    public async Task A_closed_port_and_an_open_port_answer_alike()
    {
        await using var listener = TcpContactListener.Start();
        await using var app = AppAllowing("localhost");
        using var client = app.CreateClient();

        var open = await ImportAsync(app, $"https://localhost:{listener.Port}/DE.zip");
        var closed = await ImportAsync(app, $"https://localhost:{TcpContactListener.ClosedPort()}/DE.zip");

        Assert.Equal(0, listener.Contacts);
        Assert.Equal(open.Error?.Message, closed.Error?.Message);
        Assert.Equal("DownloadFailed: localhost", open.Error?.Message);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_to_another_host()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var target = TcpContactListener.Start();
        await using var server = await LoopbackHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = $"http://localhost:{target.Port}/DE.zip";
            return Task.CompletedTask;
        });
        // Loopback allowed and localhost on the list: only the refusal to follow redirects stops the hop.
        var importer = PostalCodeImporters.For(database, new PostalCodeImportOptions { AllowedHosts = ["localhost"] }, loopbackServer: true);

        var result = await importer.ImportAsync(PostalCodeImporters.Url(new Uri(server.BaseUrl, "DE.zip")), new JobProgress(), Token);

        Assert.Single(server.Requests);
        Assert.Equal(0, target.Contacts);
        Assert.Equal("DownloadFailed: 127.0.0.1", result.Error?.Message);
    }

    public static TheoryData<int, string> Answers => new()
    {
        { 500, "root:x:0:0:root:/root:/bin/bash SECRET_TOKEN=abc123" },
        { 200, "root:x:0:0:root:/root:/bin/bash\tSECRET_TOKEN=abc123\n" },
        { 200, GeoNamesSamples.CsvHeader + "\nDE,SECRET,root,Bayern,02,Oberbayern,091,München,09162,48.1,11.5\n" },
        { 200, GeoNamesSamples.CsvHeader + "\nDE,80331,root,Bayern,02,Oberbayern,091,München,09162,SECRET,11.5\n" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task The_error_never_echoes_what_a_server_answered(int status, string answer)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync(answer, Token);
        });
        var importer = PostalCodeImporters.For(database, loopbackServer: true);

        var result = await importer.ImportAsync(PostalCodeImporters.Url(new Uri(server.BaseUrl, "DE.txt")), new JobProgress(), Token);

        Assert.False(result.IsSuccess);
        Assert.DoesNotContain("root", result.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("500", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    [InlineData("/dev/zero")]
    [InlineData("..")]
    [InlineData("sub/../../DE.txt")]
    [InlineData("")]
    public async Task A_name_outside_the_import_folder_is_refused_without_opening(string name)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var folder = new ImportFolder();
        folder.Write("DE.txt", GeoNamesSamples.DeTxt);
        var importer = PostalCodeImporters.For(database, new PostalCodeImportOptions { ImportFolder = folder.Path });

        // /dev/zero, once opened, would run into the size limit (TooLarge) instead.
        var result = await importer.ImportAsync(new PostalCodeSource.FolderFile(name), new JobProgress(), Token);

        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.PathNotAllowed, null), result.Error);
        Assert.Equal(0, await PostalCodeImporters.CountAsync(database));
    }

    [Fact]
    public async Task A_file_in_the_import_folder_is_imported_and_listed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var folder = new ImportFolder();
        folder.Write("DE.txt", GeoNamesSamples.DeTxt);
        folder.Write("notes.md", "not offered");
        var options = new PostalCodeImportOptions { ImportFolder = folder.Path };

        var result = await PostalCodeImporters.For(database, options).ImportAsync(new PostalCodeSource.FolderFile("DE.txt"), new JobProgress(), Token);

        Assert.Null(result.Error);
        Assert.Equal(4, result.PostalCodes);
        Assert.Equal(["DE.txt"], new PostalCodeImportFolder(Options.Create(options)).ListFiles());
    }

    [Fact]
    public async Task A_symbolic_link_in_the_import_folder_is_refused_and_not_listed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var folder = new ImportFolder();
        var outside = GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "DE.txt"), outside);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "passwd.txt"), "/etc/passwd");
        var options = new PostalCodeImportOptions { ImportFolder = folder.Path };
        var importer = PostalCodeImporters.For(database, options);

        var toData = await importer.ImportAsync(new PostalCodeSource.FolderFile("DE.txt"), new JobProgress(), Token);
        var toPasswd = await importer.ImportAsync(new PostalCodeSource.FolderFile("passwd.txt"), new JobProgress(), Token);

        Assert.Equal(PostalCodeFileProblem.PathNotAllowed, toData.Error?.Problem);
        Assert.Equal(PostalCodeFileProblem.PathNotAllowed, toPasswd.Error?.Problem);
        Assert.Empty(new PostalCodeImportFolder(Options.Create(options)).ListFiles());
    }

    [Fact]
    public async Task Without_an_import_folder_no_name_is_read()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var existing = GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt);

        var byPath = await PostalCodeImporters.For(database).ImportAsync(new PostalCodeSource.FolderFile(existing), new JobProgress(), Token);
        var byName = await PostalCodeImporters.For(database).ImportAsync(new PostalCodeSource.FolderFile(Path.GetFileName(existing)), new JobProgress(), Token);

        Assert.Equal(PostalCodeFileProblem.PathNotAllowed, byPath.Error?.Problem);
        Assert.Equal(PostalCodeFileProblem.PathNotAllowed, byName.Error?.Problem);
    }

    [Fact]
    public async Task Even_the_operators_command_line_does_not_read_a_device()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await PostalCodeImporters.For(database).ImportAsync(new PostalCodeSource.OperatorFile("/dev/zero"), new JobProgress(), Token);

        Assert.Equal(PostalCodeFileProblem.NotARegularFile, result.Error?.Problem);
    }

    [Theory]
    [InlineData("file", "../../../../etc/passwd", "PathNotAllowed")]
    [InlineData("url", "http://127.0.0.1:1/DE.zip", "UrlNotAllowed: download.geonames.org")]
    [InlineData("source", "/etc/passwd", "No source given")]
    public async Task The_job_reads_no_path_or_url_it_was_given_outside_the_rules(string key, string value, string refusal)
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        using var client = app.CreateClient();

        var started = await app.Services.GetRequiredService<JobCommands>().RunNowAsync(
            PostalCodeImportJob.Name, "admin@boona.test", new Dictionary<string, string> { [key] = value }, Token);

        Assert.True(started.IsSuccess);
        var run = Assert.Single(await JobHost.WaitForFinishedRunsAsync(AppDatabase(app), PostalCodeImportJob.Name, 1));
        Assert.Equal(JobRunStatus.Failed, run.Status);
        Assert.StartsWith(refusal, run.Message, StringComparison.Ordinal);
    }

    private static IDbContextFactory<BoonaDbContext> AppDatabase(BoonaAppFactory app) =>
        app.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();

    /// <summary>A fresh folder to configure as <see cref="PostalCodeImportOptions.ImportFolder"/>.</summary>
    private sealed class ImportFolder : IDisposable
    {
        public string Path { get; } = TestFiles.NewFolder("import");

        public void Write(string name, string content) => File.WriteAllText(System.IO.Path.Combine(Path, name), content);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
