using Boona.Domain.Common;
using Boona.Domain.Therapists;

namespace Boona.Domain.Inquiries;

/// <summary>One contact to one therapist bundling 1–6 patients (Therapeutenanfrage).</summary>
public sealed partial class Inquiry : VersionedEntity
{
    public const int AbsoluteMaxBundleSize = 6;

    private readonly List<InquiryPatient> _patients = [];

    private Inquiry()
    {
    }

    public int TherapistId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The coordinator who built the inquiry (<see cref="ActorName"/>); its follow-up calls are theirs.</summary>
    public string? CreatedBy { get; private set; }

    /// <summary>The follow-up calls reached nobody: since then a coordinator has to decide how to go on.</summary>
    public DateTimeOffset? DecisionNeededSince { get; private set; }

    public ContactChannel Channel { get; private set; }

    public InquiryStatus Status { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? ReminderSentAt { get; private set; }

    /// <summary>The planned follow-up call, once no answer came in time.</summary>
    public int? FollowUpCallId { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public AnswerType AnswerType { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelReason { get; private set; }

    public IReadOnlyList<InquiryPatient> Patients => _patients;

    /// <summary>Patients still in the bundle (not withdrawn), in order.</summary>
    public IEnumerable<InquiryPatient> ActivePatients =>
        _patients.Where(p => p.Outcome != InquiryOutcome.Withdrawn).OrderBy(p => p.Position);

    /// <summary>Sent, not cancelled, and no answer yet: the therapist is waiting to be followed up.</summary>
    public bool IsAwaitingAnswer => Status == InquiryStatus.Sent && AnswerType == AnswerType.NoAnswerYet;

    /// <summary>Not cancelled and not every patient answered.</summary>
    public bool IsOpen => Status != InquiryStatus.Cancelled && ActivePatients.Any(p => p.Outcome == InquiryOutcome.Pending);

    public static Inquiry Compose(int therapistId, ContactChannel channel, IReadOnlyList<(int SearchId, int PatientId)> patients, int maxBundleSize, DateTimeOffset now, string? createdBy = null)
    {
        if (maxBundleSize is < 1 or > AbsoluteMaxBundleSize)
        {
            throw new DomainException("inquiry.bundle.size", $"The bundle size must lie between 1 and {AbsoluteMaxBundleSize}.");
        }

        if (patients.Count == 0 || patients.Count > maxBundleSize)
        {
            throw new DomainException("inquiry.bundle.count", $"An inquiry bundles 1 to {maxBundleSize} patients, not {patients.Count}.");
        }

        if (patients.Select(p => p.SearchId).Distinct().Count() != patients.Count)
        {
            throw new DomainException("inquiry.bundle.duplicate", "A patient appears twice in the bundle.");
        }

        var inquiry = new Inquiry { TherapistId = therapistId, Channel = channel, CreatedAt = now.ToUniversalTime(), CreatedBy = ActorName.Bounded(createdBy) };
        for (var i = 0; i < patients.Count; i++)
        {
            inquiry._patients.Add(new InquiryPatient(patients[i].SearchId, patients[i].PatientId, i + 1));
        }

        return inquiry;
    }

    public InquiryPatient PatientFor(int searchId) =>
        _patients.SingleOrDefault(p => p.SearchId == searchId)
        ?? throw new DomainException("inquiry.patient.unknown", $"Search {searchId} is not part of inquiry {Id}.");

    public bool Contains(int searchId) => _patients.Any(p => p.SearchId == searchId);

    public void AttachFollowUpCall(int phoneCallId) => FollowUpCallId = phoneCallId;

    /// <summary>The follow-up calls gave up: the inquiry is flagged until it is answered or cancelled.</summary>
    public void FlagForDecision(DateTimeOffset at) => DecisionNeededSince ??= at.ToUniversalTime();

    /// <summary>Flagged for a decision and still waiting for an answer for a patient.</summary>
    public bool NeedsDecision => DecisionNeededSince is not null && Status == InquiryStatus.Sent && IsOpen;
}
