using Boona.Domain.Common;

namespace Boona.Infrastructure.Patients;

/// <summary>The column lengths of the patient table, checked before saving so PostgreSQL never truncates or refuses.</summary>
internal static class PatientInputLimits
{
    private const int LongText = 4000;

    public static IEnumerable<Error> Check(PatientInput input)
    {
        var history = input.History;
        (string Field, string? Text, int Max)[] limits =
        [
            (nameof(input.FirstName), input.FirstName, 100),
            (nameof(input.LastName), input.LastName, 100),
            (nameof(input.Street), input.Street, 200),
            (nameof(input.City), input.City, 100),
            (nameof(input.Phone), input.Phone, 40),
            (nameof(input.InsurerName), input.InsurerName, 100),
            (nameof(input.InsuranceNumber), input.InsuranceNumber, 40),
            (nameof(input.GeneralPractitioner), input.GeneralPractitioner, 200),
            (nameof(input.ConsentVersion), input.ConsentVersion, 40),
            (nameof(input.PaymentReference), input.PaymentReference, 100),
            (nameof(input.ReferredBy), input.ReferredBy, 200),
            (nameof(history.InpatientTreatment), history.InpatientTreatment, LongText),
            (nameof(history.CurrentComplaints), history.CurrentComplaints, LongText),
            (nameof(history.ComplaintsSince), history.ComplaintsSince, 200),
            (nameof(history.PriorTreatments), history.PriorTreatments, LongText),
            (nameof(history.PhysicalIllnesses), history.PhysicalIllnesses, LongText),
            (nameof(history.Medication), history.Medication, LongText),
            (nameof(history.StressFactors), history.StressFactors, LongText),
            (nameof(history.SupportSystems), history.SupportSystems, LongText),
            (nameof(history.ReasonForTherapy), history.ReasonForTherapy, LongText),
            (nameof(history.Expectations), history.Expectations, LongText),
            (nameof(history.Goals), history.Goals, LongText),
        ];
        return limits
            .Where(l => l.Text is not null && l.Text.Trim().Length > l.Max)
            .Select(l => new Error("text.too-long", $"{l.Field} is longer than {l.Max} characters.", l.Field));
    }
}
