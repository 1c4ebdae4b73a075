namespace Boona.Domain.Common;

public enum Salutation
{
    None,
    Herr,
    Frau,
}

public enum Gender
{
    Unknown,
    Female,
    Male,
    Diverse,
}

/// <summary>Therapieverfahren recognised for statutory care.</summary>
public enum TherapyMethod
{
    /// <summary>Verhaltenstherapie.</summary>
    Vt,

    /// <summary>Tiefenpsychologisch fundierte Psychotherapie.</summary>
    Tp,

    /// <summary>Analytische Psychotherapie.</summary>
    Ap,

    /// <summary>Systemische Therapie.</summary>
    St,
}

public static class GenderRules
{
    /// <summary>The gender implied by a salutation, used when a source gives none.</summary>
    public static Gender FromSalutation(Salutation salutation) => salutation switch
    {
        Salutation.Frau => Gender.Female,
        Salutation.Herr => Gender.Male,
        Salutation.None => Gender.Unknown,
    };

    /// <summary>Completed years between a birth date and a day.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }
}
