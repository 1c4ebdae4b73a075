using Boona.Domain.Common;

namespace Boona.Domain.Patients;

public sealed partial class Patient
{
    private static readonly PatientStatus[] MaySearchFrom =
        [PatientStatus.Open, PatientStatus.SearchCancelled, PatientStatus.TherapyCancelled, PatientStatus.TherapyFinished];

    /// <summary>Whether the status lets a search start: not while searching or in therapy (which a successful search leads to).</summary>
    public bool MaySearch => MaySearchFrom.Contains(Status);

    /// <summary>Called when a placement search starts (or restarts after a cancelled one).</summary>
    public Result MarkSearching(DateOnly on)
    {
        if (!MaySearch)
        {
            return Result.Failure(PatientErrors.Transition(Status, "start a search"));
        }

        Status = PatientStatus.Searching;
        SearchStartedOn ??= on;
        return Result.Success();
    }

    /// <summary>A therapist offered trial sessions; the first such day is kept for the figures.</summary>
    public Result MarkPlaced(DateOnly on) => Change(PatientStatus.Searching, "be placed", () => FirstPlaceOn ??= on);

    /// <summary>
    /// A placement recorded by mistake was taken back; the patient is still searching. The first place day goes with it
    /// when this placement set it (<paramref name="placedBefore"/>: the search had been placed before).
    /// </summary>
    public Result UndoPlacement(DateOnly placedOn, bool placedBefore) => Change(PatientStatus.Searching, "have a placement taken back", () =>
    {
        if (!placedBefore && FirstPlaceOn == placedOn)
        {
            FirstPlaceOn = null;
        }
    });

    public Result MarkInTherapy(DateOnly on) => Change(PatientStatus.Searching, "start therapy", () =>
    {
        Status = PatientStatus.InTherapy;
        WorkingPlaceOn = on;
    });

    public Result MarkSearchCancelled() => Change(PatientStatus.Searching, "cancel a search", () => Status = PatientStatus.SearchCancelled);

    public Result FinishTherapy() => Change(PatientStatus.InTherapy, "finish therapy", () => Status = PatientStatus.TherapyFinished);

    public Result CancelTherapy() => Change(PatientStatus.InTherapy, "cancel therapy", () => Status = PatientStatus.TherapyCancelled);

    private Result Change(PatientStatus expected, string action, Action change)
    {
        if (Status != expected)
        {
            return Result.Failure(PatientErrors.Transition(Status, action));
        }

        change();
        return Result.Success();
    }
}
