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
