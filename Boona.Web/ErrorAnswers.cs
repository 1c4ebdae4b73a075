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
        // The pages' handlers wrap everything; they re-run the pipeline for the error page, which only works on the
        // application itself, not inside a branch.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        // Inside them, the API answers its own failures first; an answer with a body is left alone by the pages.
        app.UseWhen(ApiServiceCollectionExtensions.IsApiRequest, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                // A body over the size limit (413) or one that breaks off is the client's problem, not a crash.
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            api.UseStatusCodePages();
        });
        return app;
    }
}
