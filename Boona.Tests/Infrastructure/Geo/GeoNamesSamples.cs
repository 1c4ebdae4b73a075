using System.IO.Compression;
using System.Text;
using Boona.Tests.Support;

namespace Boona.Tests.Infrastructure.Geo;

/// <summary>Small postal-code files in GeoNames' own formats (DE.txt, DE.zip) and in the CSV conversion.</summary>
internal static class GeoNamesSamples
{
    /// <summary>Four postal codes; 01945 has two places whose points average to its centroid.</summary>
    public const string DeTxt =
        "DE\t50667\tKöln\tNordrhein-Westfalen\tNW\tRegierungsbezirk Köln\t053\tKreisfreie Stadt Köln\t05315\t50.9387\t6.9547\t4\n" +
        "DE\t52062\tAachen\tNordrhein-Westfalen\tNW\tRegierungsbezirk Köln\t053\tStädteregion Aachen\t05334\t50.7766\t6.0834\t4\n" +
        "DE\t10115\tBerlin\tBerlin\tBE\tBerlin\t00\tBerlin, Stadt\t11000\t52.5323\t13.3846\t4\n" +
        "DE\t01945\tGrünewald\tBrandenburg\tBB\t\t00\tLandkreis Oberspreewald-Lausitz\t12066\t51.4\t14\t4\n" +
        "DE\t01945\tGuteborn\tBrandenburg\tBB\t\t00\tLandkreis Oberspreewald-Lausitz\t12066\t51.4167\t13.9333\t\n";

    public const string CsvHeader = "country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude";

    public static string WriteTemp(string content, string extension = ".txt")
    {
        var path = TestFiles.NewPath("postal", extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>DE.zip as GeoNames ships it: the data in DE.txt beside a readme.txt.</summary>
    public static byte[] DeZip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "readme.txt", "This work is licensed under a Creative Commons Attribution 4.0 License.");
            Write(archive, "DE.txt", DeTxt);
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
