using Boona.Infrastructure;
using Boona.Infrastructure.Persistence;
using Boona.Web;
using Boona.Web.Api;
using Boona.Web.Components;
using Boona.Web.Geo;
using Boona.Web.Security;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddBoonaLocalization();
builder.Services.AddBoonaInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddBoonaSecurity();
builder.Services.AddBoonaRateLimits();
builder.Services.AddBoonaApi();

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
}

if (PostalCodeCommandLine.Requested(args) is { } postalCodeSource)
{
    Environment.ExitCode = await PostalCodeCommandLine.RunAsync(app.Services, postalCodeSource, app.Lifetime.ApplicationStopping);
    return;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
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
