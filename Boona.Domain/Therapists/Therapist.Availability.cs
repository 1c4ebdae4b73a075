using Boona.Domain.Common;

namespace Boona.Domain.Therapists;

public sealed partial class Therapist
{
    public DateOnly? FreeIndividualPlaceFrom { get; private set; }

    public DateOnly? FreeGroupPlaceFrom { get; private set; }

    public bool PotentiallyAvailable { get; private set; }

    public string? AvailabilityNote { get; private set; }

    public DateTimeOffset? AvailabilityConfirmedAt { get; private set; }

    public const int AvailabilityNoteMaxLength = 1000;

    /// <summary>Records what the therapist (or a coordinator on their behalf) confirmed at <paramref name="at"/>.</summary>
    public Result ConfirmAvailability(DateOnly? freeIndividualFrom, DateOnly? freeGroupFrom, bool potentiallyAvailable, string? note, DateTimeOffset at)
    {
        var today = TherapistDates.DayOf(at);
        List<Error> errors =
        [
            .. TherapistDates.Check(freeIndividualFrom, today, nameof(FreeIndividualPlaceFrom)),
            .. TherapistDates.Check(freeGroupFrom, today, nameof(FreeGroupPlaceFrom)),
            .. Text.Check(note, nameof(AvailabilityNote), AvailabilityNoteMaxLength, multiLine: true),
        ];
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        FreeIndividualPlaceFrom = freeIndividualFrom;
        FreeGroupPlaceFrom = freeGroupFrom;
        PotentiallyAvailable = potentiallyAvailable;
        AvailabilityNote = Text.TrimOrNull(note);
        AvailabilityConfirmedAt = at.ToUniversalTime();
        return Result.Success();
    }

    /// <summary>Availability not confirmed within <paramref name="expiry"/> counts as unknown.</summary>
    public bool HasCurrentAvailability(DateTimeOffset now, TimeSpan expiry) =>
        AvailabilityConfirmedAt is { } confirmed && now - confirmed <= expiry;

    /// <summary>
    /// "Available": a free place from a date within the planning horizon, or the potentially-available flag —
    /// and only while the confirmation is current.
    /// </summary>
    public bool IsAvailable(DateTimeOffset now, TimeSpan expiry, DateOnly horizonEnd)
    {
        if (!HasCurrentAvailability(now, expiry))
        {
            return false;
        }

        return PotentiallyAvailable
            || FreeIndividualPlaceFrom <= horizonEnd
            || FreeGroupPlaceFrom <= horizonEnd;
    }
}
