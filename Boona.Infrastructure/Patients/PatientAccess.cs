namespace Boona.Infrastructure.Patients;

/// <summary>
/// One opening of a patient record by a staff member. Health data (GDPR Art. 9): every read by a
/// person is logged, so that an admin can answer who looked at a record and when.
/// </summary>
public sealed class PatientAccess
{
    public PatientAccess(int patientId, string userId, string userName, DateTimeOffset at)
    {
        PatientId = patientId;
        UserId = userId;
        UserName = userName;
        At = at.ToUniversalTime();
    }

    public long Id { get; private set; }

    public int PatientId { get; private set; }

    /// <summary>The staff account's id; kept even when the account is deleted later.</summary>
    public string UserId { get; private set; }

    /// <summary>The account's name at the time of access, readable without a join.</summary>
    public string UserName { get; private set; }

    public DateTimeOffset At { get; private set; }
}
