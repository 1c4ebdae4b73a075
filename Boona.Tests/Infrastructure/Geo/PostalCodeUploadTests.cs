using System.Text;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Jobs;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Infrastructure.Geo;

/// <summary>An admin's upload: kept in the database until the job (on any instance) has read it.</summary>
public sealed class PostalCodeUploadTests
{
    [Theory, EveryProvider]
    public async Task An_uploaded_file_is_imported_by_the_job_and_then_removed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(database);
        var reported = new List<long>();
        var zip = GeoNamesSamples.DeZip();

        var started = await Commands(host).StartUploadAsync("DE.zip", new MemoryStream(zip), "admin@boona.test", new SynchronousProgress(reported.Add), Token);

        Assert.True(started.IsSuccess, started.FirstError?.Message);
        var run = Assert.Single(await JobHost.WaitForFinishedRunsAsync(database.Factory, PostalCodeImportJob.Name, 1));
        Assert.Equal((JobRunStatus.Succeeded, "admin@boona.test"), (run.Status, run.TriggeredBy));
        Assert.Contains("from DE.zip", run.Message, StringComparison.Ordinal);
        Assert.Equal(4, await PostalCodeImporters.CountAsync(database));
        Assert.Equal(zip.Length, reported[^1]);
        Assert.Equal(0, await UploadsAsync(database));
    }

    [Theory, EveryProvider]
    public async Task A_refused_upload_changes_nothing_and_is_removed_too(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(database);
        var broken = Encoding.UTF8.GetBytes(GeoNamesSamples.DeTxt + "DE\t5066\tKöln\tNRW\tNW\t\t\t\t\t50.9\t6.9\t4\n");

        await Commands(host).StartUploadAsync("DE.txt", new MemoryStream(broken), "admin@boona.test", null, Token);

        var run = Assert.Single(await JobHost.WaitForFinishedRunsAsync(database.Factory, PostalCodeImportJob.Name, 1));
        Assert.Equal((JobRunStatus.Failed, "Line 6: InvalidPostalCode"), (run.Status, run.Message));
        Assert.Equal(0, await PostalCodeImporters.CountAsync(database));
        Assert.Equal(0, await UploadsAsync(database));
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_while_reading_and_neither_stored_nor_started()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await StartAsync(database, ("PostalCodes:MaxFileBytes", "4096"));
        var content = new CountingStream(new MemoryStream(new byte[1024 * 1024]));

        var started = await Commands(host).StartUploadAsync("DE.txt", content, "admin@boona.test", null, Token);

        Assert.Equal("postal-codes.too-large", started.FirstError?.Code);
        Assert.True(content.BytesRead <= 4096 + (64 * 1024), $"{content.BytesRead} bytes read");
        Assert.Equal(0, await UploadsAsync(database));
        await using var context = database.CreateContext();
        Assert.False(await context.JobRuns.AnyAsync(Token));
    }

    [Theory]
    [InlineData("http://download.geonames.org/export/zip/DE.zip")]
    [InlineData("https://example.org/DE.zip")]
    [InlineData("https://user@download.geonames.org/export/zip/DE.zip")]
    [InlineData("download.geonames.org/export/zip/DE.zip")]
    [InlineData("file:///etc/passwd")]
    public async Task A_url_off_the_rules_is_refused_at_once_for_the_field(string url)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await StartAsync(database);

        var started = await Commands(host).StartDownloadAsync(url, "admin@boona.test", Token);

        Assert.Equal(("postal-codes.url-not-allowed", PostalCodeImportCommands.UrlField), (started.FirstError?.Code, started.FirstError?.Field));
        await using var context = database.CreateContext();
        Assert.False(await context.JobRuns.AnyAsync(Token));
    }

    private static PostalCodeImportCommands Commands(JobHost host) => host.Services.GetRequiredService<PostalCodeImportCommands>();

    private static Task<JobHost> StartAsync(TestDatabase database, params (string Key, string Value)[] settings) =>
        JobHost.StartAsync(database, services => services.AddBoonaGeo(new ConfigurationBuilder().Build()), settings.ToDictionary(s => s.Key, s => (string?)s.Value));

    private static async Task<int> UploadsAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.PostalCodeUploads.CountAsync(Token);
    }

    /// <summary>Reports on the caller's thread, so the last report is in before the upload returns.</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
