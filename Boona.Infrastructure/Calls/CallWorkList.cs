using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Calls;

/// <summary>A patient of the call's inquiry: the reference, the answer so far and the facts to say (never a name).</summary>
public sealed record CallPatient(int SearchId, int PatientId, string Reference, InquiryOutcome Outcome, IReadOnlyList<string> Facts);

/// <summary>One call on the work list, with what the coordinator needs on the phone.</summary>
public sealed record CallWork(
    int Id,
    DateTimeOffset PlannedAt,
    PhoneCallPurpose Purpose,
    int Attempts,
    string? Note,
    string? Coordinator,
    int TherapistId,
    string TherapistName,
    string? Phone,
    WeeklyWindows PhoneHours,
    int? InquiryId,
    DateTimeOffset? InquirySentAt,
    DateTimeOffset? ReminderSentAt,
    IReadOnlyList<CallPatient> Patients);

/// <summary>An inquiry whose follow-up calls reached nobody: a coordinator decides how to go on.</summary>
public sealed record DecisionNeeded(int InquiryId, int TherapistId, string TherapistName, DateTimeOffset Since);

public sealed record CallWorkPage(IReadOnlyList<CallWork> Calls, int Total, IReadOnlyList<DecisionNeeded> Decisions);

/// <summary>The calls page as a work list: planned calls in time order with numbers, phone hours, patients and facts.</summary>
public sealed class CallWorkList(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public async Task<CallWorkPage> ListAsync(CallDue due, int skip, int take, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today();
        var calls = CallQueries.Planned(context, due, today);
        var total = await calls.CountAsync(cancellationToken);
        var page = await calls
            .Join(context.Therapists, c => c.TherapistId, t => t.Id, (c, t) => new { Call = c, Therapist = t })
            .OrderBy(x => x.Call.PlannedAt).ThenBy(x => x.Call.Id)
            .Skip(skip).Take(take)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var inquiryIds = page.Where(x => x.Call.InquiryId != null).Select(x => x.Call.InquiryId!.Value).Distinct().ToList();
        var inquiries = await context.Inquiries.AsNoTracking().Include(i => i.Patients)
            .Where(i => inquiryIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var patientIds = inquiries.Values.SelectMany(i => i.ActivePatients).Select(p => p.PatientId).Distinct().ToList();
        var patients = await context.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var rows = page.Select(x =>
        {
            var inquiry = x.Call.InquiryId is { } id ? inquiries.GetValueOrDefault(id) : null;
            var callPatients = inquiry?.ActivePatients
                .Select(p => new CallPatient(p.SearchId, p.PatientId, patients[p.PatientId].Reference, p.Outcome, [.. PatientSummaryGerman.Facts(patients[p.PatientId], today)]))
                .ToList() ?? [];
            return new CallWork(
                x.Call.Id, x.Call.PlannedAt, x.Call.Purpose, x.Call.Attempts, x.Call.Note, x.Call.CoordinatorId,
                x.Therapist.Id, x.Therapist.DisplayName, x.Therapist.Phone, x.Therapist.PhoneHours,
                inquiry?.Id, inquiry?.SentAt, inquiry?.ReminderSentAt, callPatients);
        }).ToList();

        var flagged = await context.Inquiries.AwaitingAnswer().Where(i => i.DecisionNeededSince != null)
            .Join(context.Therapists, i => i.TherapistId, t => t.Id, (i, t) => new { i.Id, TherapistId = t.Id, t.Title, t.FirstName, t.LastName, Since = i.DecisionNeededSince!.Value })
            .OrderBy(x => x.Since).Take(50)
            .ToListAsync(cancellationToken);
        var decisions = flagged
            .Select(x => new DecisionNeeded(x.Id, x.TherapistId, string.Join(' ', new[] { x.Title, x.FirstName, x.LastName }.Where(p => !string.IsNullOrWhiteSpace(p))), x.Since))
            .ToList();
        return new CallWorkPage(rows, total, decisions);
    }
}
