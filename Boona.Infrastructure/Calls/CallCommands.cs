using Boona.Domain.Common;
using Boona.Domain.Outreach;
using Boona.Domain.Settings;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.FollowUp;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Calls;

/// <summary>The time the practice named to be called back, German local time, and what was said.</summary>
public sealed record CallBackInput(DateOnly? Day, TimeOnly? Time, string? Note = null);

/// <summary>What was said on a call that reached the practice without an answer; the note is optional.</summary>
public sealed record CallReachedInput
{
    public string? Note { get; init; }
}

/// <summary>A call not reached: planned again at <see cref="NextAt"/>, or given up and its inquiry flagged for a decision.</summary>
public sealed record CallMissed(DateTimeOffset? NextAt, bool GaveUp);

/// <summary>
/// The outcomes of a call on the work list. An answer is recorded per patient with <c>AnswerCommands</c>; these are the
/// others: not reached (the next window, or after <see cref="OperationalSettings.CallAttemptsMax"/> tries the inquiry is
/// flagged for a decision), reached without an answer, and a time to call back. A reached practice counts as a phone
/// contact and starts the cooling period only when <see cref="OperationalSettings.CoolingAfterReachedCall"/> says so.
/// </summary>
public sealed class CallCommands(IDbContextFactory<BoonaDbContext> contextFactory, SettingsStore settings, TimeProvider clock)
{
    public async Task<Result<CallMissed>> NotReachedAsync(int callId, CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await context.PhoneCalls.SingleOrDefaultAsync(c => c.Id == callId, cancellationToken) is not { } call)
        {
            return NotFound(callId);
        }

        var now = clock.GetUtcNow();
        var therapist = await context.Therapists.AsNoTracking().SingleAsync(t => t.Id == call.TherapistId, cancellationToken);
        var request = await CallCalendar.ForAsync(context, therapist, call.CoordinatorId, values, now, call.Id, cancellationToken);
        var missed = call.Miss(CallSlots.AfterMiss(request, now), values.CallAttemptsMax, now);
        if (!missed.IsSuccess)
        {
            return Result<CallMissed>.Failure(missed.Errors);
        }

        var gaveUp = call.Status == PhoneCallStatus.GaveUp;
        if (gaveUp && call.InquiryId is { } inquiryId)
        {
            (await context.Inquiries.SingleAsync(i => i.Id == inquiryId, cancellationToken)).FlagForDecision(now);
        }

        return await SaveAsync(context, new CallMissed(gaveUp ? null : call.PlannedAt, gaveUp), cancellationToken);
    }

    /// <summary>Someone at the practice was reached, but no answer for the patients came (yet).</summary>
    public Task<Result> ReachedAsync(int callId, string? note, CancellationToken cancellationToken) =>
        ContactAsync(callId, (call, now) => Checked(note) is { } refused ? refused : call.Reach(Text.TrimOrNull(note) ?? "Erreicht, noch keine Antwort.", now), cancellationToken);

    public Task<Result> CallBackAsync(int callId, CallBackInput input, CancellationToken cancellationToken)
    {
        List<Error> missing =
        [
            .. input.Day is null ? [Error.Invalid("call.callback.day", "The day to call back is missing.", nameof(input.Day))] : Array.Empty<Error>(),
            .. input.Time is null ? [Error.Invalid("call.callback.time", "The time to call back is missing.", nameof(input.Time))] : Array.Empty<Error>(),
        ];
        return missing.Count > 0
            ? Task.FromResult(Result.Failure(missing))
            : ContactAsync(callId, (call, now) => call.ScheduleCallBack(BoonaTime.AtLocal(input.Day!.Value, input.Time!.Value), now, input.Note), cancellationToken);
    }

    private static Result? Checked(string? note) =>
        Text.Check(note, "Note", FreeText.ShortMaxLength).ToList() is { Count: > 0 } errors ? Result.Failure(errors) : null;

    private async Task<Result> ContactAsync(int callId, Func<PhoneCall, DateTimeOffset, Result> outcome, CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await context.PhoneCalls.SingleOrDefaultAsync(c => c.Id == callId, cancellationToken) is not { } call)
        {
            return Result.Failure(NotFound(callId));
        }

        var now = clock.GetUtcNow();
        var done = outcome(call, now);
        if (!done.IsSuccess)
        {
            return done;
        }

        var therapist = await context.Therapists.SingleAsync(t => t.Id == call.TherapistId, cancellationToken);
        therapist.RecordContact(ContactChannel.Phone, now);
        if (values.CoolingAfterReachedCall == 1)
        {
            therapist.StartCooling(BoonaTime.ToLocalDate(now), values.CoolingWeeks);
        }

        var saved = await SaveAsync(context, true, cancellationToken);
        return saved.IsSuccess ? Result.Success() : Result.Failure(saved.Errors);
    }

    private static async Task<Result<T>> SaveAsync<T>(BoonaDbContext context, T value, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result.Success(value);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Concurrency();
        }
    }

    private static Error NotFound(int callId) => Error.NotFound("call.not-found", $"There is no call {callId}.", "CallId");
}
