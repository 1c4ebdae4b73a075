using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Boona.Web.Security.Http;

/// <summary>
/// What every answer carries and how requests arrive: the real client and scheme behind a TLS proxy, HTTPS and HSTS
/// outside Development, the security headers, no Server header, and no caching of anything but static files.
/// </summary>
public static class HttpHardening
{
    public static IServiceCollection AddBoonaHttpHardening(this IServiceCollection services)
    {
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxy.Value.IsConfigured)
            {
                // Configured proxies replace the loopback default rather than adding to it.
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                proxy.Value.KnownProxies.ForEach(p => forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(p)));
                proxy.Value.KnownNetworks.ForEach(n => forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n)));
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddSecurityHeaderPolicies(policies => policies.SetDefaultPolicy(SecurityHeaders.Policy()));
        return services;
    }

    /// <summary>First in the pipeline, so that every answer (errors and redirects too) carries the headers.</summary>
    public static WebApplication UseBoonaHttpHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Development runs on plain HTTP (no certificate on a fresh machine); everywhere else HTTPS is the rule.
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        app.Use((context, next) =>
        {
            // Pages and API answers carry health data: no browser or proxy may keep them. Static files set their
            // own caching when their endpoint runs, which replaces this default.
            context.Response.Headers.CacheControl = "no-store";
            return next(context);
        });
        return app;
    }
}
