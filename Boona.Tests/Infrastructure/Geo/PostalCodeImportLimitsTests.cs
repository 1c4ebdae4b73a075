using System.IO.Compression;
using System.Text;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;

namespace Boona.Tests.Infrastructure.Geo;

/// <summary>Bounds on what one import may read: bytes downloaded or inflated, characters per line.</summary>
public sealed class PostalCodeImportLimitsTests
{
    [Fact]
    public async Task An_endless_download_is_cut_off_at_the_limit()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        long sent = 0;
        await using var server = await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            // No Content-Length: only counting the bytes can stop this.
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("DE\t50667\tKöln\n", 1000)));
            while (!context.RequestAborted.IsCancellationRequested && sent < 512L * 1024 * 1024)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                sent += chunk.Length;
            }
        });
        var importer = PostalCodeImporters.For(database, new PostalCodeImportOptions { MaxFileBytes = 1024 * 1024 }, loopbackServer: true);

        var result = await importer.ImportAsync(PostalCodeImporters.Url(new Uri(server.BaseUrl, "DE.txt")), new JobProgress(), Token);

        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.TooLarge, null, "1 MB"), result.Error);
        // The connection is dropped at the limit; how much the server wrote meanwhile depends on the machine's load
        // (socket buffers, when the abort arrives), so the bound is the server's own end, never reached by a reader.
        Assert.True(sent < 256L * 1024 * 1024, $"{sent} bytes were sent before the download stopped");
    }

    [Fact]
    public async Task A_download_announcing_more_than_the_limit_is_refused_before_its_body()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var bodyWritten = false;
        await using var server = await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentLength = 2 * 1024 * 1024;
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(2), context.RequestAborted);
            bodyWritten = true;
        });
        var importer = PostalCodeImporters.For(database, new PostalCodeImportOptions { MaxFileBytes = 1024 * 1024 }, loopbackServer: true);

        var result = await importer.ImportAsync(PostalCodeImporters.Url(new Uri(server.BaseUrl, "DE.zip")), new JobProgress(), Token);

        Assert.Equal(PostalCodeFileProblem.TooLarge, result.Error?.Problem);
        Assert.False(bodyWritten);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_reading()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var importer = PostalCodeImporters.For(database, new PostalCodeImportOptions { MaxFileBytes = 1024 });

        var result = await importer.ImportAsync(PostalCodeImporters.File(SharedData.ZipCodesCsv), new JobProgress(), Token);

        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.TooLarge, null, "1 KB"), result.Error);
    }

    [Fact]
    public async Task Reading_stops_at_the_first_byte_past_the_limit_whatever_the_source_claimed()
    {
        using var endless = new SizeLimitedStream(new EndlessStream(), 10_000);
        var buffer = new byte[4096];
        long read = 0;

        var failure = await Assert.ThrowsAsync<FileTooLargeException>(async () =>
        {
            int n;
            while ((n = await endless.ReadAsync(buffer, Token)) > 0)
            {
                read += n;
            }
        });

        Assert.Equal(10_000, failure.Limit);
        Assert.InRange(read, 8192, 10_000);
    }

    [Theory, EveryProvider]
    public async Task A_line_over_the_limit_is_refused_with_its_number_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = PostalCodeImporters.For(database);
        await importer.ImportAsync(PostalCodeImporters.File(GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt)), new JobProgress(), Token);
        var longLine = "DE\t80331\t" + new string('M', 5000) + "\tBayern\tBY\t\t\t\t\t48.1\t11.5\t4\n";

        var result = await importer.ImportAsync(PostalCodeImporters.File(GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt[..GeoNamesSamples.DeTxt.IndexOf('\n', StringComparison.Ordinal)] + "\n\n" + longLine)), new JobProgress(), Token);

        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.LineTooLong, 3, "4096"), result.Error);
        Assert.Equal(4, await PostalCodeImporters.CountAsync(database));
    }

    [Fact]
    public async Task A_file_without_line_breaks_is_refused_at_line_one()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await PostalCodeImporters.For(database).ImportAsync(PostalCodeImporters.File(GeoNamesSamples.WriteTemp(new string('\t', 3_000_000))), new JobProgress(), Token);

        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.LineTooLong, 1, "4096"), result.Error);
    }

    [Fact]
    public async Task A_zip_entry_that_inflates_beyond_the_limit_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var bomb = TestFiles.NewPath("bomb", ".zip");
        using (var archive = ZipFile.Open(bomb, ZipArchiveMode.Create))
        await using (var entry = archive.CreateEntry("DE.txt", CompressionLevel.Optimal).Open())
        {
            var line = Encoding.UTF8.GetBytes(GeoNamesSamples.DeTxt[..(GeoNamesSamples.DeTxt.IndexOf('\n', StringComparison.Ordinal) + 1)]);
            for (var written = 0L; written <= 60L * 1024 * 1024; written += line.Length)
            {
                entry.Write(line);
            }
        }

        var result = await PostalCodeImporters.For(database).ImportAsync(PostalCodeImporters.File(bomb), new JobProgress(), Token);

        Assert.True(new FileInfo(bomb).Length < 1024 * 1024, "the archive itself is small");
        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.TooLarge, null, "50 MB"), result.Error);
        Assert.Equal(0, await PostalCodeImporters.CountAsync(database));
    }

    [Fact]
    public async Task A_broken_archive_is_refused_as_such()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var zip = GeoNamesSamples.DeZip();
        var broken = TestFiles.NewPath("broken", ".zip");
        await File.WriteAllBytesAsync(broken, zip[..(zip.Length / 2)], Token);

        var result = await PostalCodeImporters.For(database).ImportAsync(PostalCodeImporters.File(broken), new JobProgress(), Token);

        Assert.Equal(PostalCodeFileProblem.BrokenArchive, result.Error?.Problem);
    }

    /// <summary>/dev/zero as a stream: never ends, claims nothing.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => count;

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
