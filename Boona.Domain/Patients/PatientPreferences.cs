using Boona.Domain.Common;

namespace Boona.Domain.Patients;

/// <summary>The patient's wishes about the therapist; empty collections mean "any". Languages as codes or names (<see cref="Common.Languages"/>).</summary>
public sealed record PatientPreferences(
    TherapistGenderPreference TherapistGender,
    IReadOnlyCollection<TherapyMethod> Methods,
    IReadOnlyCollection<string> Languages)
{
    public static PatientPreferences Any { get; } = new(TherapistGenderPreference.Any, [], []);

    public IEnumerable<Error> Validate() =>
    [
        .. Choice.Check(TherapistGender, nameof(TherapistGender)),
        .. Choice.CheckAll(Methods, nameof(Methods)),
        .. Common.Languages.Check(Languages, nameof(Languages)),
    ];
}
