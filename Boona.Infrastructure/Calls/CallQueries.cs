using Boona.Domain.Outreach;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Overview;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Calls;

public enum CallDue
{
    /// <summary>Planned calls up to the end of today, overdue ones included.</summary>
    Today,

    /// <summary>Every planned call.</summary>
    All,
}

public sealed record CallRow(int Id, DateTimeOffset PlannedAt, PhoneCallPurpose Purpose, int TherapistId, string TherapistName, string? Phone, int? InquiryId, int Attempts);

public sealed record CallPage(IReadOnlyList<CallRow> Rows, int Total);

/// <summary>The planned calls, earliest first, one page at a time.</summary>
public sealed class CallQueries(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public async Task<CallPage> ListAsync(CallDue due, int skip, int take, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var calls = Planned(context, due, clock.Today());
        var total = await calls.CountAsync(cancellationToken);
        var rows = await calls
            .Join(context.Therapists, c => c.TherapistId, t => t.Id, (c, t) => new { Call = c, Therapist = t })
            .OrderBy(x => x.Call.PlannedAt).ThenBy(x => x.Call.Id)
            .Skip(skip).Take(take)
            .Select(x => new CallRow(
                x.Call.Id,
                x.Call.PlannedAt,
                x.Call.Purpose,
                x.Therapist.Id,
                ((x.Therapist.Title == null ? string.Empty : x.Therapist.Title + " ") + x.Therapist.FirstName + " " + x.Therapist.LastName),
                x.Therapist.Phone,
                x.Call.InquiryId,
                x.Call.Attempts))
            .ToListAsync(cancellationToken);
        return new CallPage(rows, total);
    }

    /// <summary>The planned calls of the filter: due by the end of <paramref name="today"/> (overdue included), or all.</summary>
    internal static IQueryable<PhoneCall> Planned(BoonaDbContext context, CallDue due, DateOnly today) =>
        due == CallDue.Today ? context.PhoneCalls.DueBy(today) : context.PhoneCalls.Where(c => c.Status == PhoneCallStatus.Planned);
}
