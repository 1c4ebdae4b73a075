using Boona.Domain.Matching;
using Boona.Domain.Patients;
using Boona.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Boona.Web.Components.Pages.Inquiries;

/// <summary>How matching results read in the user's language.</summary>
internal static class MatchingTexts
{
    public static string Reason(IStringLocalizer<InquiryTexts> texts, LeftOutReason reason) => reason.Criterion == Criterion.Distance
        ? texts["Reason_Distance", reason.DistanceKm ?? 0, reason.MaxDistanceKm ?? 0]
        : texts[$"Reason_{reason.Criterion}"];

    public static string Diagnoses(IStringLocalizer<InquiryTexts> texts, Patient patient) =>
        patient.Diagnoses.Count > 0 ? string.Join(", ", patient.Diagnoses) : texts["NoDiagnosis"];
}
