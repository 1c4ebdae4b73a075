using Boona.Infrastructure;
using Boona.Infrastructure.Persistence;
using Boona.Web;
using Boona.Web.Api;
using Boona.Web.Components;
using Boona.Web.Geo;
using Boona.Web.Security;
using Boona.Web.Security.Http;
using MudBlazor;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
// Messages appear at the bottom: at the top right they covered the pages' "Zur Liste" and header actions.
builder.Services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
builder.Services.AddBoonaLocalization();
builder.Services.AddBoonaInfrastructure(builder.Configuration, builder.Environment.ContentRootPath, builder.Environment.EnvironmentName);
builder.Services.AddBoonaSecurity();
builder.Services.AddBoonaHttpHardening();
builder.Services.AddBoonaRateLimits();
builder.Services.AddBoonaApi();

var app = builder.Build();

var postalCodeSource = PostalCodeCommandLine.Requested(args);
try
{
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(requireAdmin: postalCodeSource is null, app.Lifetime.ApplicationStopping);
}
catch (StartupRefusedException refused)
{
    await Console.Error.WriteLineAsync(refused.Message);
    Environment.ExitCode = 1;
    return;
}

if (postalCodeSource is not null)
{
    Environment.ExitCode = await PostalCodeCommandLine.RunAsync(app.Services, postalCodeSource, app.Lifetime.ApplicationStopping);
    return;
}

app.UseBoonaHttpHardening();
app.UseBoonaErrorAnswers();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();

// After authorization, so that the API's policy sees the key (or the person) that calls.
app.UseRateLimiter();
app.UseAntiforgery();

// Every endpoint requires a staff role (the fallback policy) unless PublicRoutes lists it.
app.MapStaticAssets().AllowAnonymousAssets();
app.MapCultureSwitch().AllowAnonymousWhenPublic().RequireRateLimiting(RateLimits.Public);
app.MapSignOut();
app.MapBoonaApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AllowAnonymousWhenPublic();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

await app.RunAsync();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
