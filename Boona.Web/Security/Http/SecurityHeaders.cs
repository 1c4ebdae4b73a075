namespace Boona.Web.Security.Http;

/// <summary>The headers on every answer, in every environment, so that the browser tests run under the real policy.</summary>
internal static class SecurityHeaders
{
    public static HeaderPolicyCollection Policy() => new HeaderPolicyCollection()
        .AddContentTypeOptionsNoSniff()
        .AddFrameOptionsDeny()
        .AddReferrerPolicyNoReferrer()
        .AddCrossOriginOpenerPolicy(p => p.SameOrigin(), asReportOnly: false)
        .RemoveServerHeader()
        .AddPermissionsPolicyWithDefaultSecureDirectives()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddBaseUri().Self();
            csp.AddObjectSrc().None();
            csp.AddFrameAncestors().None();
            csp.AddFormAction().Self();

            // Scripts only from this site; the one inline script, Blazor's import map, carries the request's nonce.
            // No 'unsafe-eval': Blazor Server and MudBlazor run without it.
            csp.AddScriptSrc().Self().WithNonce();

            // MudBlazor writes its theme as a <style> element and positions popovers with style attributes, also
            // after the page loaded, where no nonce can reach: styles may be inline, scripts may not.
            csp.AddStyleSrc().Self().UnsafeInline();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self().Data();

            // The circuit's WebSocket goes back to this site ('self' covers ws/wss of the same host).
            csp.AddConnectSrc().Self();
        });
}
