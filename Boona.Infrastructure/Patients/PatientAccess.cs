namespace Boona.Infrastructure.Patients;

/// <summary>Where a patient's personal data was shown.</summary>
public enum PatientAccessKind
{
    /// <summary>The patient's own record: patient page, edit form, search page, an API read of one record.</summary>
    Record,

    /// <summary>As one of the patients of an inquiry.</summary>
    Inquiry,

    /// <summary>As a candidate for an inquiry to a therapist (the builder, the conflict proposals).</summary>
    Candidates,

    /// <summary>In a list or the result of a name search.</summary>
    List,
}

/// <summary>
/// One view of a patient's personal data by a staff member or an API key. Health data (GDPR Art. 9): every view
/// is logged, so that an admin can answer who saw a patient, when and where.
/// </summary>
public sealed class PatientAccess
{
    /// <summary>Enough for an address with its query, e.g. <c>/patients?q=schmidt&amp;page=2</c>.</summary>
    public const int DetailMaxLength = 200;

    public PatientAccess(int patientId, string userId, string userName, DateTimeOffset at, PatientAccessKind kind = PatientAccessKind.Record, string? detail = null)
    {
        PatientId = patientId;
        UserId = userId;
        UserName = userName;
        At = at.ToUniversalTime();
        Kind = kind;
        Detail = detail is { Length: > DetailMaxLength } ? detail[..DetailMaxLength] : detail;
    }

    public long Id { get; private set; }

    public int PatientId { get; private set; }

    /// <summary>The staff account's id; kept even when the account is deleted later.</summary>
    public string UserId { get; private set; }

    /// <summary>The account's name at the time of access, readable without a join.</summary>
    public string UserName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public PatientAccessKind Kind { get; private set; }

    /// <summary>Where exactly: the page's or the API's address, or the therapist the candidates were for.</summary>
    public string? Detail { get; private set; }
}
