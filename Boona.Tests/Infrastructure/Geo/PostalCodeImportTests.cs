using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Geo;

public sealed class PostalCodeImportTests
{
    [Theory, EveryProvider]
    public async Task The_real_file_gives_10814_postal_codes_in_96_regions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var progress = new JobProgress();

        var result = await Importer(database).ImportAsync(PostalCodeImporters.File(SharedData.ZipCodesCsv), progress, TestContext.Current.CancellationToken);

        Assert.Null(result.Error);
        Assert.Equal((10_814, 96), (result.PostalCodes, result.Regions));
        Assert.Equal(new PostalCodeSummary(10_814, 96), await new PostalCodeQueries(database.Factory).GetSummaryAsync(TestContext.Current.CancellationToken));
        Assert.Equal((10_814, 10_814), (progress.Snapshot().ItemsDone, progress.Snapshot().ItemsTotal!.Value));
        var cologne = (await new PostalCodeQueries(database.Factory).FindAsync(["50667"], TestContext.Current.CancellationToken))["50667"];
        Assert.Equal(("Köln", "Nordrhein-Westfalen"), (cologne.Place, cologne.State));
        Assert.Equal(50.94, cologne.Latitude, 0.02);
        Assert.Equal(6.95, cologne.Longitude, 0.02);
    }

    [Theory, EveryProvider]
    public async Task GeoNames_DE_txt_gives_one_centroid_per_code_with_all_its_places(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await Importer(database).ImportAsync(PostalCodeImporters.File(GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt)), new JobProgress(), TestContext.Current.CancellationToken);

        Assert.Equal((4, 4), (result.PostalCodes, result.Regions));
        var shared = (await new PostalCodeQueries(database.Factory).FindAsync(["01945"], TestContext.Current.CancellationToken))["01945"];
        Assert.Equal(("Grünewald, Guteborn", "Brandenburg", "BB"), (shared.Place, shared.State, shared.StateCode));
        Assert.Equal(51.40835, shared.Latitude, 0.00001);
        Assert.Equal(13.96665, shared.Longitude, 0.00001);
    }

    [Fact]
    public async Task GeoNames_DE_zip_is_read_from_a_URL()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) =>
        {
            context.Response.ContentType = "application/zip";
            return context.Response.Body.WriteAsync(GeoNamesSamples.DeZip()).AsTask();
        });

        var result = await PostalCodeImporters.For(database, loopbackServer: true).ImportAsync(PostalCodeImporters.Url(new Uri(server.BaseUrl, "export/zip/DE.zip")), new JobProgress(), TestContext.Current.CancellationToken);

        Assert.Null(result.Error);
        Assert.Equal(4, result.PostalCodes);
        Assert.Equal("/export/zip/DE.zip", Assert.Single(server.Requests).PathAndQuery);
    }

    [Theory, EveryProvider]
    public async Task A_malformed_line_refuses_the_file_with_its_number_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = Importer(database);
        await importer.ImportAsync(PostalCodeImporters.File(GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt)), new JobProgress(), TestContext.Current.CancellationToken);
        var malformed = string.Join('\n',
            GeoNamesSamples.CsvHeader,
            "DE,80331,München,Bayern,02,Oberbayern,091,München,09162,48.1345,11.5710",
            "DE,80336,München,Bayern,02,Oberbayern,091,München,09162,48.1345,11.5590",
            "DE,80469,München,Bayern,02,Oberbayern,091,München,09162,achtundvierzig,11.5732");

        var result = await importer.ImportAsync(PostalCodeImporters.File(GeoNamesSamples.WriteTemp(malformed, ".csv")), new JobProgress(), TestContext.Current.CancellationToken);

        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.InvalidCoordinates, 4), result.Error);
        Assert.Equal(new PostalCodeSummary(4, 4), await new PostalCodeQueries(database.Factory).GetSummaryAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("DE\t5066\tKöln\tNRW\tNW\t\t\t\t\t50.9\t6.9\t4", PostalCodeFileProblem.InvalidPostalCode)]
    [InlineData("DE\t50667\tKöln\tNRW\tNW\t50.9\t6.9", PostalCodeFileProblem.WrongColumnCount)]
    [InlineData("AT\t50667\tKöln\tNRW\tNW\t\t\t\t\t50.9\t6.9\t4", PostalCodeFileProblem.NotGerman)]
    [InlineData("DE\t50667\tKöln\tNRW\tNW\t\t\t\t\t95.1\t6.9\t4", PostalCodeFileProblem.InvalidCoordinates)]
    public async Task Each_kind_of_broken_line_is_named(string brokenLine, PostalCodeFileProblem problem)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await Importer(database).ImportAsync(PostalCodeImporters.File(GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt + brokenLine + "\n")), new JobProgress(), TestContext.Current.CancellationToken);

        Assert.Equal((problem, 6), (result.Error?.Problem, result.Error?.Line));
    }

    [Theory, EveryProvider]
    public async Task A_re_import_replaces_the_whole_table(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = Importer(database);
        await importer.ImportAsync(PostalCodeImporters.File(GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt)), new JobProgress(), TestContext.Current.CancellationToken);
        var second = string.Join('\n', GeoNamesSamples.CsvHeader, "DE,80331,München,Bayern,02,Oberbayern,091,München,09162,48.1345,11.5710", "DE,52062,\"Aachen, Stadt\",Nordrhein-Westfalen,05,Köln,053,Aachen,05334,50.77,6.08");

        var result = await importer.ImportAsync(PostalCodeImporters.File(GeoNamesSamples.WriteTemp(second, ".csv")), new JobProgress(), TestContext.Current.CancellationToken);

        Assert.Equal((2, 2), (result.PostalCodes, result.Regions));
        await using var context = database.CreateContext();
        var codes = await context.PostalCodes.OrderBy(c => c.Code).Select(c => c.Code + " " + c.Place).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["52062 Aachen, Stadt", "80331 München"], codes);
    }

    [Fact]
    public async Task A_missing_file_an_unknown_format_and_a_failed_download_are_refused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) => LoopbackHttpServer.WriteJsonAsync(context, "{}", 404));
        var importer = PostalCodeImporters.For(database, loopbackServer: true);

        var missing = await importer.ImportAsync(PostalCodeImporters.File("/no/such/DE.txt"), new JobProgress(), TestContext.Current.CancellationToken);
        var unknown = await importer.ImportAsync(PostalCodeImporters.File(GeoNamesSamples.WriteTemp("zip;place\n50667;Köln\n")), new JobProgress(), TestContext.Current.CancellationToken);
        var download = await importer.ImportAsync(PostalCodeImporters.Url(new Uri(server.BaseUrl, "DE.zip")), new JobProgress(), TestContext.Current.CancellationToken);

        Assert.Equal(PostalCodeFileProblem.SourceNotFound, missing.Error?.Problem);
        Assert.Equal((PostalCodeFileProblem.UnknownFormat, 1), (unknown.Error?.Problem, unknown.Error?.Line));
        Assert.Equal(new PostalCodeImportError(PostalCodeFileProblem.DownloadFailed, null, "127.0.0.1"), download.Error);
    }

    [Fact]
    public async Task A_download_that_breaks_off_mid_file_is_refused_and_nothing_changes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentLength = 1_000_000;
            await context.Response.WriteAsync("zipcode,ort,bundesland,latitude,longitude\n50667,Köln,NRW,50.9,6.9\n", TestContext.Current.CancellationToken);
            await context.Response.Body.FlushAsync(TestContext.Current.CancellationToken);
            context.Abort();
        });

        var result = await PostalCodeImporters.For(database, loopbackServer: true).ImportAsync(PostalCodeImporters.Url(new Uri(server.BaseUrl, "zipcodes.de.csv")), new JobProgress(), TestContext.Current.CancellationToken);

        Assert.Equal(PostalCodeFileProblem.DownloadFailed, result.Error?.Problem);
        await using var context = database.CreateContext();
        Assert.False(await context.PostalCodes.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(PostalCodeFileProblem.InvalidCoordinates, 4, "")]
    [InlineData(PostalCodeFileProblem.LineTooLong, 7, "4096")]
    [InlineData(PostalCodeFileProblem.DownloadFailed, null, "download.geonames.org")]
    [InlineData(PostalCodeFileProblem.Empty, null, "")]
    public void The_message_kept_in_the_run_reads_back_for_a_translated_display(PostalCodeFileProblem problem, int? line, string detail)
    {
        var error = new PostalCodeImportError(problem, line, detail);

        Assert.Equal(error, PostalCodeImportError.TryParse(error.Message));
        Assert.Null(PostalCodeImportError.TryParse("Imported 4 postal codes in 4 regions from x."));
    }

    internal static PostalCodeImporter Importer(TestDatabase database) => PostalCodeImporters.For(database);
}
