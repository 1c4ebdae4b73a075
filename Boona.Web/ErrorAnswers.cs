using Boona.Web.Api;

namespace Boona.Web;

/// <summary>
/// How failures are answered: people get the app's error and not-found pages, machines under <c>/api</c> get
/// RFC 9457 problem details for every failure (a crash, an unknown route, 401/403, a body over the limit),
/// never an HTML page.
/// </summary>
internal static class ErrorAnswers
{
    public static WebApplication UseBoonaErrorAnswers(this WebApplication app)
    {
        app.UseWhen(ApiServiceCollectionExtensions.IsApiRequest, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                // A body over the size limit (413) or one that breaks off is the client's problem, not a crash.
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !ApiServiceCollectionExtensions.IsApiRequest(context), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler("/Error", createScopeForErrors: true);
            }

            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        return app;
    }
}
