using Boona.Domain.Common;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Boona.Web.Components.Pages.Admin.PostalCodes;

/// <summary>What the three import forms (upload, URL, import folder) share: ask before replacing, start, report.</summary>
public abstract class PostalCodeImportStarter : ComponentBase
{
    /// <summary>An import is running: no second one.</summary>
    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback OnStarted { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    protected PostalCodeImportCommands Commands { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<GeoTexts> T { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedTexts> S { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ErrorMessages Errors { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Between the confirmation and the job's start (an upload is being read).</summary>
    protected bool Starting { get; private set; }

    protected bool Disabled => Busy || Starting;

    /// <summary>
    /// Asks whether to replace the postal codes with <paramref name="label"/>, then starts. An error about a
    /// field is returned for the form to show there; any other is shown as a message.
    /// </summary>
    protected async Task<Boona.Domain.Common.Error?> ConfirmAndStartAsync(string label, Func<string, Task<Result>> start)
    {
        if (Disabled || await Dialogs.ShowMessageBoxAsync(T["ConfirmTitle"], T["ConfirmText", label], yesText: T["ConfirmYes"], cancelText: S["Cancel"]) != true)
        {
            return null;
        }

        Starting = true;
        try
        {
            var user = (await AuthenticationState).User.Identity?.Name ?? "?";
            var result = await start(user);
            if (result.FirstError is { Field: not null } fieldError)
            {
                return fieldError;
            }

            if (!result.IsSuccess)
            {
                Snackbar.Add(Errors.Describe(result.FirstError!), Severity.Error);
            }

            await OnStarted.InvokeAsync();
            return null;
        }
        finally
        {
            Starting = false;
        }
    }

    protected string Describe(Boona.Domain.Common.Error error) => Errors.Describe(error);
}
