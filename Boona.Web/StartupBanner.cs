using Boona.Infrastructure.Persistence;
using Boona.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Boona.Web;

/// <summary>Tells the person who just ran the app where to open it.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        var lines = new List<string>
        {
            string.Empty,
            "  Boona is running.",
            $"  Open:      {string.Join("  ", addresses)}",
            $"  Database:  {database.Provider}",
            string.Empty,
        };
        if (database.ShouldSeedDemoData)
        {
            // Demo accounts only exist in the demo database; their passwords are public on purpose, but a log
            // outside Development is read by others too, so there they are left out.
            var showPasswords = app.Environment.IsDevelopment();
            lines.InsertRange(lines.Count - 1, DemoAccounts.All.Select(a =>
                $"  Demo {a.Role,-11}  {a.Email}  /  {(showPasswords ? a.Password : "(password shown in Development only)")}"));
        }

        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
