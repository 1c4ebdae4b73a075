using Boona.Domain.Common;
using Boona.Domain.Therapists;

namespace Boona.Domain.Matching;

/// <summary>Step 1 of the inquiry workflow: which therapists of a region may get an inquiry today, in which order.</summary>
public static class TherapistSelection
{
    /// <param name="therapists">Every therapist of the region, whatever the status: inactive practice members still count for the practice.</param>
    /// <param name="withOpenInquiry">Therapists with an inquiry that is not cancelled and not answered yet.</param>
    /// <param name="day">Today and the settings behind "available".</param>
    /// <param name="otherPracticeMembers">Members of the region's shared practice e-mails registered outside the region: they only count for the practice rule.</param>
    public static RegionSelection Select(
        IReadOnlyCollection<Therapist> therapists,
        IReadOnlySet<int> withOpenInquiry,
        MatchingDay day,
        IReadOnlyCollection<Therapist>? otherPracticeMembers = null)
    {
        var skipped = new List<SkippedTherapist>();
        var eligible = new List<Therapist>();
        foreach (var therapist in therapists)
        {
            if (OwnSkip(therapist, withOpenInquiry, day.Today) is { } skip)
            {
                skipped.Add(skip);
            }
            else
            {
                eligible.Add(therapist);
            }
        }

        var practices = therapists.Concat(otherPracticeMembers ?? []).Where(t => t.Email is not null)
            .DistinctBy(t => t.Id)
            .GroupBy(t => t.Email!)
            .ToDictionary(g => g.Key, g => g.ToList());
        var contactable = new List<SelectedTherapist>();
        var representatives = new Dictionary<EmailAddress, int>();
        var ordered = eligible
            .Select(t => new SelectedTherapist(t, SelectionTiers.Of(t, day), t.Email is null ? 1 : practices[t.Email].Count))
            .Order(TherapistOrder.Instance);
        foreach (var candidate in ordered)
        {
            var email = candidate.Therapist.Email;
            if (email is null)
            {
                contactable.Add(candidate);
            }
            else if (BusyMember(practices[email], withOpenInquiry, day.Today) is { } busy)
            {
                skipped.Add(new SkippedTherapist(candidate.Therapist, SkipReason.PracticeBusy, busy.NextContactAllowedOn, busy.Id));
            }
            else if (representatives.TryGetValue(email, out var representative))
            {
                skipped.Add(new SkippedTherapist(candidate.Therapist, SkipReason.PracticeRepresented, null, representative));
            }
            else
            {
                representatives[email] = candidate.Therapist.Id;
                contactable.Add(candidate);
            }
        }

        skipped.Sort((a, b) => TherapistOrder.CompareNames(a.Therapist, b.Therapist));
        return new RegionSelection(contactable, skipped);
    }

    /// <summary>The therapist's own reason not to be contacted today, first rule first; null when there is none.</summary>
    public static SkippedTherapist? OwnSkip(Therapist therapist, IReadOnlySet<int> withOpenInquiry, DateOnly today) => therapist switch
    {
        { Status: TherapistStatus.PendingReview } => new(therapist, SkipReason.PendingReview),
        { Status: TherapistStatus.Inactive } => new(therapist, SkipReason.Inactive),
        _ when therapist.IsBlockedOn(today) => new(therapist, SkipReason.Blocked, therapist.BlockedUntil),
        _ when therapist.IsPausedOn(today) => new(therapist, SkipReason.PausedByTherapist, therapist.ContactPausedUntil),
        _ when therapist.IsCoolingOn(today) => new(therapist, SkipReason.Cooling, therapist.NextContactAllowedOn),
        _ when withOpenInquiry.Contains(therapist.Id) => new(therapist, SkipReason.OpenInquiry),
        _ => null,
    };

    /// <summary>A practice member who is cooling or has an open inquiry keeps the whole practice out.</summary>
    private static Therapist? BusyMember(List<Therapist> members, IReadOnlySet<int> withOpenInquiry, DateOnly today) =>
        members.FirstOrDefault(m => m.IsCoolingOn(today) || withOpenInquiry.Contains(m.Id));
}
