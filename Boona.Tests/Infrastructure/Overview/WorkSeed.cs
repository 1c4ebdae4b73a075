using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Tests.Support;

namespace Boona.Tests.Infrastructure.Overview;

/// <summary>
/// A small world around <see cref="Build.Now"/> (10:00 in Berlin) with exactly 2 calls due today, 1 overdue inquiry,
/// 3 active searches without an inquiry for 14 days and 2 therapists pending review — and near misses for each.
/// </summary>
internal static class WorkSeed
{
    public static async Task<(Therapist Active, Therapist Pending)> AddAsync(TestDatabase database)
    {
        var now = Build.Now;
        await using var context = database.CreateContext();
        var active = Build.Therapist("Aktiv");
        var pending = Build.Therapist("Neu", status: TherapistStatus.PendingReview);
        context.AddRange(active, pending, Build.Therapist("Neuer", status: TherapistStatus.PendingReview), Build.Therapist("Gesperrt", status: TherapistStatus.Active));
        var patients = Enumerable.Range(1, 7).Select(i => Build.Patient($"Patient{i}")).ToList();
        context.AddRange(patients);
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);

        var old = now.AddDays(-30);
        PlacementSearch Search(int index, DateTimeOffset created) => PlacementSearch.Start(patients[index].Id, created);
        var noInquiry = Search(0, old);
        var recentInquiry = Search(1, old);
        var onlyCancelledInquiry = Search(2, old);
        var young = Search(3, now.AddDays(-5));
        var oldInquiry = Search(4, old);
        var answered = Search(5, now.AddDays(-40));
        var paused = Search(6, old);
        paused.Pause(null, "Urlaub", DateOnly.FromDateTime(now.AddDays(-20).UtcDateTime), now.AddDays(-20), null);
        context.AddRange(noInquiry, recentInquiry, onlyCancelledInquiry, young, oldInquiry, answered, paused);
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);

        Inquiry Compose(PlacementSearch search, DateTimeOffset created) =>
            Inquiry.Compose(active.Id, ContactChannel.Email, [(search.Id, search.PatientId)], 6, created);
        var recent = Compose(recentInquiry, now.AddDays(-3));
        recent.MarkSent(now.AddDays(-3));
        var cancelled = Compose(onlyCancelledInquiry, now.AddDays(-2));
        cancelled.Cancel("Doch nicht", now.AddDays(-2));
        var overdue = Compose(oldInquiry, now.AddDays(-20));
        overdue.MarkSent(now.AddDays(-20));
        var done = Compose(answered, now.AddDays(-10));
        done.MarkSent(now.AddDays(-10));
        done.RecordAnswer(answered.Id, InquiryOutcome.DeclinedNoCapacity, now.AddDays(-9));
        context.AddRange(recent, cancelled, overdue, done);

        var reached = PhoneCall.Plan(active.Id, null, PhoneCallPurpose.Other, now.AddHours(-1));
        reached.RecordReached("erreicht", now);
        context.AddRange(
            PhoneCall.Plan(active.Id, null, PhoneCallPurpose.FollowUp, now.AddDays(-1)),
            PhoneCall.Plan(pending.Id, null, PhoneCallPurpose.Inquiry, new DateTimeOffset(2026, 11, 26, 21, 30, 0, TimeSpan.FromHours(1))),
            PhoneCall.Plan(active.Id, null, PhoneCallPurpose.FollowUp, new DateTimeOffset(2026, 11, 27, 0, 30, 0, TimeSpan.FromHours(1))),
            reached);
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (active, pending);
    }
}
