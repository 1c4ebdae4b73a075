using Boona.Domain.Common;

namespace Boona.Domain.Patients;

public sealed partial class Patient
{
    private static readonly PatientStatus[] MaySearchFrom =
        [PatientStatus.Open, PatientStatus.SearchCancelled, PatientStatus.TherapyCancelled, PatientStatus.TherapyFinished];

    /// <summary>Called when a placement search starts (or restarts after a cancelled one).</summary>
    public void MarkSearching(DateOnly on)
    {
        if (!MaySearchFrom.Contains(Status))
        {
            throw new DomainException("patient.transition", $"A patient who is {Status} cannot start a search.");
        }

        Status = PatientStatus.Searching;
        SearchStartedOn ??= on;
    }

    /// <summary>A therapist offered trial sessions; the first such day is kept for the figures.</summary>
    public void MarkPlaced(DateOnly on)
    {
        Require(PatientStatus.Searching, "be placed");
        FirstPlaceOn ??= on;
    }

    public void MarkInTherapy(DateOnly on)
    {
        Require(PatientStatus.Searching, "start therapy");
        Status = PatientStatus.InTherapy;
        WorkingPlaceOn = on;
    }

    public void MarkSearchCancelled()
    {
        Require(PatientStatus.Searching, "cancel a search");
        Status = PatientStatus.SearchCancelled;
    }

    public void FinishTherapy()
    {
        Require(PatientStatus.InTherapy, "finish therapy");
        Status = PatientStatus.TherapyFinished;
    }

    public void CancelTherapy()
    {
        Require(PatientStatus.InTherapy, "cancel therapy");
        Status = PatientStatus.TherapyCancelled;
    }

    private void Require(PatientStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new DomainException("patient.transition", $"A patient who is {Status} cannot {action}; only one who is {expected} can.");
        }
    }
}
