namespace Boona.Domain.Patients;

public enum CheckState
{
    Passed,
    Warning,
    Failed,
}

/// <summary>One line of the pre-qualification checklist.</summary>
public sealed record CheckItem(string Code, CheckState State, string Message, DateOnly? Date = null);

/// <summary>
/// The pre-qualification a patient must pass before a search starts: contracts, consent,
/// diagnosis or Sprechstunde, enough free hours, and the two-year rule.
/// </summary>
public static class PreQualification
{
    public const int MinimumHoursIndividual = 20;
    public const int MinimumHoursGroup = 10;

    public static IReadOnlyList<CheckItem> Check(Patient patient, DateOnly today) =>
    [
        patient.ContractsSigned
            ? new CheckItem("contracts", CheckState.Passed, "Contracts signed.")
            : new CheckItem("contracts", CheckState.Failed, "The contracts are not signed yet."),
        patient.ConsentGivenAt is not null
            ? new CheckItem("consent", CheckState.Passed, $"Consent {patient.ConsentVersion} recorded.")
            : new CheckItem("consent", CheckState.Failed, "No consent to the processing of health data is recorded."),
        patient.Diagnoses.Count > 0 || patient.SprechstundeOn is not null
            ? new CheckItem("diagnosis", CheckState.Passed, "A diagnosis or a Sprechstunde is documented.")
            : new CheckItem("diagnosis", CheckState.Failed, "Neither a diagnosis nor a Sprechstunde (PTV11) is documented."),
        CheckHours(patient),
        CheckTwoYearRule(patient, today),
    ];

    public static bool Passes(Patient patient, DateOnly today) => Check(patient, today).All(i => i.State != CheckState.Failed);

    private static CheckItem CheckHours(Patient patient)
    {
        var needed = patient.OpenForGroupTherapy ? MinimumHoursGroup : MinimumHoursIndividual;
        return patient.HoursPerWeekAvailable >= needed
            ? new CheckItem("hours", CheckState.Passed, $"{patient.HoursPerWeekAvailable} hours per week available.")
            : new CheckItem("hours", CheckState.Failed, $"Only {patient.HoursPerWeekAvailable} hours per week available; at least {needed} are needed.");
    }

    /// <summary>A new therapy within two years of the last session needs an expert review (Gutachterverfahren).</summary>
    private static CheckItem CheckTwoYearRule(Patient patient, DateOnly today)
    {
        if (!patient.HadPriorPsychotherapy)
        {
            return new CheckItem("two-year-rule", CheckState.Passed, "No prior psychotherapy.");
        }

        if (patient.LastTherapySessionOn is not { } last)
        {
            return new CheckItem("two-year-rule", CheckState.Failed, "Prior psychotherapy: the date of the last session must be known.");
        }

        var twoYearsAfter = last.AddYears(2);
        return today < twoYearsAfter
            ? new CheckItem("two-year-rule", CheckState.Warning, $"The last session was less than two years ago; until {twoYearsAfter:yyyy-MM-dd} a new therapy needs an expert review.", twoYearsAfter)
            : new CheckItem("two-year-rule", CheckState.Passed, "The last session was more than two years ago.", twoYearsAfter);
    }
}
