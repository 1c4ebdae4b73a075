using Boona.Domain.Outreach;
using Boona.Domain.Settings;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.FollowUp;

/// <summary>What the slot planner needs to know about a practice and a coordinator, read from the database.</summary>
internal static class CallCalendar
{
    /// <summary>
    /// The practice's phone hours and state holidays (the state from its postal code; unknown: nationwide ones), the
    /// settings' slot length and time without phone hours, and the coordinator's planned calls from <paramref name="now"/>
    /// on (saved or only added to <paramref name="context"/>), apart from <paramref name="exceptCallId"/>.
    /// </summary>
    public static async Task<CallSlotRequest> ForAsync(
        BoonaDbContext context, Therapist therapist, string? coordinator, OperationalSettings settings, DateTimeOffset now, int? exceptCallId, CancellationToken cancellationToken)
    {
        var slot = TimeSpan.FromMinutes(settings.PhoneSlotMinutes);
        var since = now - slot;
        var taken = await context.PhoneCalls
            .Where(c => c.Status == PhoneCallStatus.Planned && c.CoordinatorId == coordinator && c.PlannedAt > since && c.Id != exceptCallId)
            .Select(c => c.PlannedAt)
            .ToListAsync(cancellationToken);

        // And the calls planned in this context but not saved yet (two dead inquiry e-mails in one delivery batch).
        taken.AddRange(context.PhoneCalls.Local
            .Where(c => c.Id == 0 && c.Status == PhoneCallStatus.Planned && c.CoordinatorId == coordinator && c.PlannedAt > since)
            .Select(c => c.PlannedAt));
        var code = therapist.PostalCode.Value;
        var state = await context.PostalCodes.Where(p => p.Code == code).Select(p => p.StateCode).FirstOrDefaultAsync(cancellationToken);
        return new CallSlotRequest(
            therapist.PhoneHours, slot, new TimeOnly(settings.CallHourWithoutPhoneHours, 0), BoonaTime.Zone, GermanHolidays.For(state), taken);
    }
}
