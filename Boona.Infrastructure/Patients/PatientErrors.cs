using Boona.Domain.Common;

namespace Boona.Infrastructure.Patients;

/// <summary>Expected failures of the patient and search use cases.</summary>
public static class PatientErrors
{
    public static readonly Error Concurrency = Error.Concurrency("The record was changed by someone else in the meantime.");

    public static Error NotFound(int patientId) => Error.NotFound("patient.not-found", $"There is no patient {patientId}.");
}
