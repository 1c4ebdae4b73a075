using Boona.Infrastructure.Patients;
using Boona.Web.Security;

namespace Boona.Web.Api;

/// <summary>
/// Health data: an API answer that names patients (by id or reference) is logged like a person's view, one row per
/// patient, with the key as the actor and the address asked (a name search's text included).
/// </summary>
internal static class ApiAccessLog
{
    public static Task LogAsync(this PatientAccessLog log, HttpContext http, IReadOnlyCollection<int> patientIds, PatientAccessKind kind) =>
        log.RecordAsync(patientIds, http.User.AsPatientAccessor(), kind, $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}", http.RequestAborted);
}
