using Boona.Domain.Inquiries;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Persistence.Demo;

/// <summary>What the demo wants an inquiry to show; outreach rows are added once inquiries have ids.</summary>
internal enum DemoScenario
{
    Unsent,
    AwaitingAnswer,
    Overdue,
    Rejected,
    RejectedNotSuitable,
    Cancelled,
    Placement,
    Success,
    Conflict,
}

internal sealed record DemoInquiry(Inquiry Inquiry, DemoScenario Scenario);

/// <summary>
/// Inquiries in every state, region by region, built through the domain so every effect
/// (cooling, exclusions, placement, withdrawal, conflicts) is the one the workflow produces.
/// </summary>
internal sealed class DemoInquiries(DemoRandom random, DateTimeOffset now, DateOnly today)
{
    private const int CoolingWeeks = 4;
    private static readonly DemoScenario[] Cycle =
        [DemoScenario.Unsent, DemoScenario.AwaitingAnswer, DemoScenario.Overdue, DemoScenario.Rejected, DemoScenario.AwaitingAnswer, DemoScenario.RejectedNotSuitable, DemoScenario.Cancelled, DemoScenario.Overdue];

    public List<DemoInquiry> Created { get; } = [];

    public void Create(IReadOnlyList<Therapist> therapists, IReadOnlyList<Patient> patients, IReadOnlyList<PlacementSearch> searches)
    {
        var patientIndex = patients.Select((p, i) => (p, i)).ToDictionary(x => x.p.Id, x => x.i);
        var patientsById = patients.ToDictionary(p => p.Id);
        foreach (var region in searches.GroupBy(s => patientsById[s.PatientId].PostalCode.Region(2)))
        {
            var contactable = therapists
                .Where(t => t.PostalCode.IsInRegion(region.Key) && t.Status == TherapistStatus.Active && !t.IsPausedOn(today))
                .ToList();
            var active = region.Where(s => s.Status == SearchStatus.Active).OrderBy(s => s.CreatedAt).ToList();
            if (contactable.Count < Cycle.Length + 4 || active.Count < 3)
            {
                continue;
            }

            for (var k = 0; k < Cycle.Length; k++)
            {
                var bundle = Enumerable.Range(0, 1 + (k % 3)).Select(j => active[(k + j) % active.Count]).Distinct().ToList();
                Add(contactable[k], bundle, Cycle[k]);
            }

            var others = contactable.Skip(Cycle.Length).ToList();
            var targets = region.Where(s => s.Status == SearchStatus.Active && patientIndex[s.PatientId] % 12 is 1 or 2).ToList();
            for (var t = 0; t < targets.Count && t < others.Count - 1; t++)
            {
                Place(others[t], targets[t], patientsById[targets[t].PatientId], success: patientIndex[targets[t].PatientId] % 12 == 2, active);
            }

            if (targets.FirstOrDefault(s => s.Status == SearchStatus.Placed) is { } placed)
            {
                RecordConflict(placed);
            }
        }
    }

    private Inquiry Add(Therapist therapist, IReadOnlyList<PlacementSearch> bundle, DemoScenario scenario)
    {
        var channel = therapist.Email is null ? ContactChannel.Phone : ContactChannel.Email;
        var daysAgo = scenario switch
        {
            DemoScenario.Unsent or DemoScenario.Cancelled => 1,
            DemoScenario.AwaitingAnswer => random.Between(2, 6),
            DemoScenario.Overdue => random.Between(9, 20),
            _ => random.Between(20, 40),
        };
        var createdAt = now.AddDays(-daysAgo - 1);
        var inquiry = Inquiry.Compose(therapist.Id, channel, [.. bundle.Select(s => (s.Id, s.PatientId))], 6, createdAt);
        if (scenario == DemoScenario.Cancelled)
        {
            inquiry.Cancel("Praxis nimmt vorerst keine Patient:innen auf", now.AddHours(-3));
        }
        else if (scenario != DemoScenario.Unsent)
        {
            inquiry.MarkSent(createdAt.AddHours(1));
            therapist.RecordContact(channel, createdAt.AddHours(1));
        }

        if (scenario is DemoScenario.Rejected or DemoScenario.RejectedNotSuitable)
        {
            var answeredAt = createdAt.AddDays(random.Between(2, 6));
            foreach (var search in bundle)
            {
                var outcome = scenario == DemoScenario.Rejected ? InquiryOutcome.DeclinedNoCapacity : InquiryOutcome.DeclinedNotSuitable;
                inquiry.RecordAnswer(search.Id, outcome, answeredAt);
                if (outcome == InquiryOutcome.DeclinedNotSuitable)
                {
                    search.Exclude(therapist.Id, "Passt laut Therapeut:in nicht ins Behandlungsspektrum", answeredAt);
                }
            }

            therapist.StartCooling(Infrastructure.Common.BoonaTime.ToLocalDate(answeredAt), CoolingWeeks);
        }

        Created.Add(new DemoInquiry(inquiry, scenario));
        return inquiry;
    }

    /// <summary>The first acceptance places the patient and withdraws them from every other open inquiry.</summary>
    private void Place(Therapist therapist, PlacementSearch target, Patient patient, bool success, IReadOnlyList<PlacementSearch> active)
    {
        var companion = success ? null : active.FirstOrDefault(s => s != target && s.Status == SearchStatus.Active);
        var bundle = companion is null ? new[] { target } : [target, companion];
        var inquiry = Add(therapist, bundle, success ? DemoScenario.Success : DemoScenario.Placement);
        var answeredAt = inquiry.SentAt!.Value.AddDays(3);
        inquiry.RecordAnswer(target.Id, InquiryOutcome.Accepted, answeredAt);
        if (companion is not null)
        {
            inquiry.RecordAnswer(companion.Id, InquiryOutcome.DeclinedNoCapacity, answeredAt);
        }

        therapist.StartCooling(Infrastructure.Common.BoonaTime.ToLocalDate(answeredAt), CoolingWeeks);
        var placedOn = Infrastructure.Common.BoonaTime.ToLocalDate(answeredAt);
        target.Place(therapist.Id, placedOn, answeredAt);
        patient.MarkPlaced(placedOn);
        foreach (var other in Created.Select(c => c.Inquiry).Where(i => i != inquiry && i.Contains(target.Id)))
        {
            other.Withdraw(target.Id, answeredAt);
        }

        if (success)
        {
            inquiry.RecordAnswer(target.Id, InquiryOutcome.InSessions, answeredAt.AddDays(7));
            target.ConfirmSuccess(today.AddDays(-2), now.AddDays(-2));
            patient.MarkInTherapy(today.AddDays(-2));
        }
    }

    /// <summary>A sent inquiry still carrying the placed patient answers "accepted": recorded as a conflict.</summary>
    private void RecordConflict(PlacementSearch placed)
    {
        var crossed = Created.Select(c => c.Inquiry)
            .FirstOrDefault(i => i.Status == InquiryStatus.Sent && i.Contains(placed.Id) && i.PatientFor(placed.Id).WithdrawalNoticePending);
        crossed?.RecordAnswer(placed.Id, InquiryOutcome.Accepted, now.AddHours(-5));
    }
}
