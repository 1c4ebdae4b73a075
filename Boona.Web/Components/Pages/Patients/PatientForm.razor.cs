using Boona.Domain.Common;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Patients;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Utilities;

namespace Boona.Web.Components.Pages.Patients;

public sealed partial class PatientForm
{
    private FieldErrors _errors = FieldErrors.None;
    private string? _message;
    private bool _saving;
    private bool _attempted;
    private bool _windowsValid = true;
    private int _tab;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public PatientInput Input { get; set; } = new();

    /// <summary>The stored patient being edited; null registers a new one.</summary>
    [Parameter]
    public int? PatientId { get; set; }

    /// <summary>The version the form was loaded with: a save over someone else's change is refused.</summary>
    [Parameter]
    public int Version { get; set; }

    [Parameter]
    public DateTimeOffset? ConsentRecordedAt { get; set; }

    [Parameter]
    public string CancelHref { get; set; } = "/patients";

    /// <summary>Raised with the patient's id after a successful save.</summary>
    [Parameter]
    public EventCallback<int> Saved { get; set; }

    private string? ErrorIcon(int tab) => PatientFormTabs.HasError(tab, _errors) ? Icons.Material.Filled.Error : null;

    private async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }

        _attempted = true;
        if (!_windowsValid)
        {
            _message = T["FreeTimesIncomplete"];
            _tab = 4;
            return;
        }

        _saving = true;
        try
        {
            var result = PatientId is { } id
                ? await Commands.UpdateAsync(id, Version, Input, CancellationToken.None)
                : await Commands.RegisterAsync(Input, CancellationToken.None);
            if (result.IsSuccess)
            {
                _errors = FieldErrors.None;
                _message = null;
                await Saved.InvokeAsync(PatientId ?? ((Result<int>)result).Value);
                return;
            }

            Show(result.Errors);
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>After a failed save, every change re-checks the input so that fixed fields lose their message at once.</summary>
    private void RevalidateAsync(FormFieldChangedEventArgs args)
    {
        if (_attempted && !_saving)
        {
            var errors = PatientInputParser.Parse(Input, Clock.Today()).Errors;
            _errors = new FieldErrors(Messages.ByField(errors));
            _message = _errors.Any ? _message : null;
        }
    }

    private void Show(IReadOnlyList<Boona.Domain.Common.Error> errors)
    {
        _errors = new FieldErrors(Messages.ByField(errors));
        var general = errors.Where(e => e.Field is null).Select(Messages.Describe).ToList();
        _message = general.Count > 0 ? string.Join(" ", general) : S["FixErrors"];
        _tab = PatientFormTabs.FirstWithError(_errors) ?? _tab;
    }
}
