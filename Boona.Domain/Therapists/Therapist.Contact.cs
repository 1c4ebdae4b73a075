using Boona.Domain.Common;

namespace Boona.Domain.Therapists;

public sealed partial class Therapist
{
    public const int BounceReasonMaxLength = 500;

    public bool KnowsBoona { get; private set; }

    public DateTimeOffset? LastEmailContactAt { get; private set; }

    public DateTimeOffset? LastPhoneContactAt { get; private set; }

    public DateTimeOffset? LastPersonalContactAt { get; private set; }

    /// <summary>End of the cooling period (Abkühlungsphase): no inquiry before this day.</summary>
    public DateOnly? NextContactAllowedOn { get; private set; }

    public string? CoolingOverrideReason { get; private set; }

    public DateTimeOffset? CoolingOverriddenAt { get; private set; }

    /// <summary>The therapist's own rule: no inquiries before this day.</summary>
    public DateOnly? ContactPausedUntil { get; private set; }

    public ContactChannel PreferredChannel { get; private set; }

    /// <summary>When an e-mail to <see cref="Email"/> was refused for good (a 5xx); null while the address is not known to bounce.</summary>
    public DateTimeOffset? EmailBouncedAt { get; private set; }

    /// <summary>What the receiving server said when it refused the address.</summary>
    public string? EmailBounceReason { get; private set; }

    public bool IsCoolingOn(DateOnly day) => NextContactAllowedOn is { } allowed && day < allowed;

    public bool IsPausedOn(DateOnly day) => ContactPausedUntil is { } until && day <= until;

    /// <summary>Any answer starts the cooling period; an earlier end never shortens a running one.</summary>
    public void StartCooling(DateOnly answeredOn, int weeks)
    {
        if (weeks < 0)
        {
            throw new DomainException("therapist.cooling.weeks", "Cooling weeks cannot be negative.");
        }

        var until = answeredOn.AddDays(7 * weeks);
        if (NextContactAllowedOn is null || until > NextContactAllowedOn)
        {
            NextContactAllowedOn = until;
        }
    }

    /// <summary>A coordinator sets a different end of the cooling period (null: contact allowed at once); the reason is kept.</summary>
    public Result OverrideCooling(DateOnly? nextContactAllowedOn, string? reason, DateTimeOffset at)
    {
        List<Error> errors =
        [
            .. Text.IsBlank(reason)
                ? [Error.Invalid("therapist.cooling.reason", "Overriding the cooling period needs a reason.", "Reason")]
                : Text.Check(reason, "Reason", FreeText.ShortMaxLength, multiLine: true),
            .. TherapistDates.Check(nextContactAllowedOn, TherapistDates.DayOf(at), nameof(NextContactAllowedOn)),
        ];
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        NextContactAllowedOn = nextContactAllowedOn;
        CoolingOverrideReason = reason!.Trim();
        CoolingOverriddenAt = at.ToUniversalTime();
        return Result.Success();
    }

    /// <summary>The therapist's own rules: no inquiries up to and including <paramref name="pausedUntil"/>, and the channel they prefer.</summary>
    public Result SetContactRules(DateOnly? pausedUntil, ContactChannel preferredChannel, DateOnly today)
    {
        List<Error> errors =
        [
            .. TherapistDates.Check(pausedUntil, today, nameof(ContactPausedUntil)),
            .. Choice.Check(preferredChannel, nameof(PreferredChannel)),
        ];
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        ContactPausedUntil = pausedUntil;
        PreferredChannel = preferredChannel;
        return Result.Success();
    }

    /// <summary>
    /// A message to <paramref name="address"/> was refused permanently. Flags the therapist's address only when it is still the
    /// one the message went to; a changed address starts clean.
    /// </summary>
    public void MarkEmailBounced(EmailAddress address, string reason, DateTimeOffset at)
    {
        if (Email is null || !string.Equals(Email.Value, address.Value, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        EmailBouncedAt = at.ToUniversalTime();
        EmailBounceReason = reason.Length > BounceReasonMaxLength ? reason[..BounceReasonMaxLength] : reason;
    }

    public void MarkKnowsBoona(bool knows) => KnowsBoona = knows;

    public void RecordContact(ContactChannel channel, DateTimeOffset at, bool personal = false)
    {
        var utc = at.ToUniversalTime();
        if (personal)
        {
            LastPersonalContactAt = Later(LastPersonalContactAt, utc);
        }
        else if (channel == ContactChannel.Email)
        {
            LastEmailContactAt = Later(LastEmailContactAt, utc);
        }
        else
        {
            LastPhoneContactAt = Later(LastPhoneContactAt, utc);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } c && c > candidate ? c : candidate;
}
