using System.Globalization;
using Boona.Domain.Common;
using Boona.Domain.Patients;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// How a patient is described to a therapist, always in German and never with a name:
/// reference, age, gender, diagnosis or symptoms, insurer type, availability, group openness, prior therapy.
/// </summary>
internal static class PatientSummaryGerman
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>One patient as the placeholders of the inquiry and reminder templates (<see cref="Outreach.Templates.TemplateVocabulary.PatientMembers"/>).</summary>
    public static Dictionary<string, object?> Model(Patient patient, int position, DateOnly today) => new()
    {
        ["position"] = position,
        ["reference"] = patient.Reference,
        ["age"] = patient.AgeOn(today),
        ["gender"] = GenderName(patient.Gender),
        ["has_diagnosis"] = patient.Diagnoses.Count > 0,
        ["diagnosis"] = string.Join(", ", patient.Diagnoses),
        ["symptoms"] = Symptoms(patient),
        ["sprechstunde"] = Sprechstunde(patient).TrimStart(',', ' '),
        ["insurance"] = InsuranceName(patient.Insurance.InsuranceType),
        ["availability"] = Windows(patient.AvailableTimes),
        ["hours_per_week"] = patient.HoursPerWeekAvailable,
        ["group_therapy"] = patient.OpenForGroupTherapy ? "ja" : "nein",
        ["prior_therapy"] = PriorTherapy(patient),
    };

    /// <summary>The same facts as lines, for the calls page: what a coordinator says on the phone.</summary>
    public static IEnumerable<string> Facts(Patient patient, DateOnly today)
    {
        yield return string.Create(German, $"Alter: {patient.AgeOn(today)} Jahre, Geschlecht: {GenderName(patient.Gender)}");
        yield return patient.Diagnoses.Count > 0
            ? $"Diagnose: {string.Join(", ", patient.Diagnoses)}"
            : $"Noch ohne Diagnose{Sprechstunde(patient)}; Beschwerden: {Symptoms(patient)}";
        yield return $"Versicherung: {InsuranceName(patient.Insurance.InsuranceType)}";
        yield return string.Create(German, $"Zeitlich verfügbar: {Windows(patient.AvailableTimes)} ({patient.HoursPerWeekAvailable} Std./Woche)");
        yield return $"Offen für Gruppentherapie: {(patient.OpenForGroupTherapy ? "ja" : "nein")}";
        yield return $"Vorherige Psychotherapie: {PriorTherapy(patient)}";
    }

    private static string Sprechstunde(Patient patient) =>
        patient.SprechstundeOn is { } on ? string.Create(German, $", Sprechstunde am {on:dd.MM.yyyy} erfolgt") : string.Empty;

    private static string Symptoms(Patient patient) =>
        patient.Symptoms.Count == 0 ? "keine Angabe" : string.Join(", ", patient.Symptoms.Select(SymptomName));

    internal static string Windows(WeeklyWindows windows) =>
        windows.IsEmpty ? "nach Absprache" : string.Join("; ", windows.Windows.Select(w => $"{WeekdayNames.German(w.Day)} {w.Start:HH\\:mm}–{w.End:HH\\:mm}"));

    private static string PriorTherapy(Patient patient) => (patient.HadPriorPsychotherapy, patient.LastTherapySessionOn) switch
    {
        (false, _) => "keine",
        (true, { } last) => string.Create(German, $"ja, letzte Sitzung {last:MM/yyyy}"),
        (true, null) => "ja",
    };

    private static string GenderName(Gender gender) => gender switch
    {
        Gender.Female => "weiblich",
        Gender.Male => "männlich",
        Gender.Diverse => "divers",
        Gender.Unknown => "keine Angabe",
    };

    private static string InsuranceName(InsuranceType type) => type switch
    {
        InsuranceType.Statutory => "gesetzlich",
        InsuranceType.Private => "privat",
        InsuranceType.Other => "sonstige",
    };

    private static string SymptomName(Symptom symptom) => symptom switch
    {
        Symptom.LowMood => "Niedergeschlagenheit",
        Symptom.Anxiety => "Ängste",
        Symptom.PanicAttacks => "Panikattacken",
        Symptom.SleepProblems => "Schlafprobleme",
        Symptom.Exhaustion => "Erschöpfung",
        Symptom.Trauma => "Trauma",
        Symptom.Compulsions => "Zwänge",
        Symptom.EatingProblems => "Essstörung",
        Symptom.Addiction => "Sucht",
        Symptom.RelationshipProblems => "Beziehungsprobleme",
        Symptom.Grief => "Trauer",
        Symptom.PhysicalComplaints => "körperliche Beschwerden",
        Symptom.LowSelfEsteem => "geringes Selbstwertgefühl",
        Symptom.Concentration => "Konzentrationsprobleme",
    };
}
