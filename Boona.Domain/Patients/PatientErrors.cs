using Boona.Domain.Common;

namespace Boona.Domain.Patients;

/// <summary>The refusals of the patient rules; each code has a German text in ErrorTexts.</summary>
public static class PatientErrors
{
    public static Error NotFound(int patientId) => Error.NotFound("patient.not-found", $"There is no patient {patientId}.");

    public static Error Transition(PatientStatus status, string action) =>
        Error.Conflict("patient.transition", $"A patient who is {status} cannot {action}.");
}
