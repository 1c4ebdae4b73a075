using Boona.Domain.Common;

namespace Boona.Domain.Patients;

/// <summary>A paying client looking for a therapy place. Split over partial files by concern.</summary>
public sealed partial class Patient : VersionedEntity
{
    private Patient()
    {
        FirstName = string.Empty;
        LastName = string.Empty;
        City = string.Empty;
        PostalCode = null!;
    }

    public Salutation Salutation { get; private set; }

    public Gender Gender { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public string? Street { get; private set; }

    public PostalCode PostalCode { get; private set; }

    public string City { get; private set; }

    public Location? Location { get; private set; }

    public EmailAddress? Email { get; private set; }

    public string? Phone { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>The reference that stands for the patient in inquiries, which never carry names.</summary>
    public string Reference => ReferenceOf(Id);

    public static string ReferenceOf(int id) => $"P-{id:D5}";

    public int AgeOn(DateOnly day) => GenderRules.AgeOn(BirthDate, day);

    public static Result<Patient> Register(PatientPersonalData personal, DateTimeOffset now, DateOnly today)
    {
        var patient = new Patient { CreatedAt = now.ToUniversalTime(), Status = PatientStatus.Open };
        var result = patient.UpdatePersonalData(personal, today);
        return result.IsSuccess ? Result<Patient>.Of(patient) : Result<Patient>.Failure(result.Errors);
    }

    public Result UpdatePersonalData(PatientPersonalData personal, DateOnly today)
    {
        var errors = personal.Validate(today).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var street = Text.TrimOrNull(personal.Street);
        var addressChanged = Street != street || PostalCode != personal.PostalCode || City != personal.City.Trim();
        Salutation = personal.Salutation;
        Gender = personal.Gender ?? GenderRules.FromSalutation(personal.Salutation);
        FirstName = personal.FirstName.Trim();
        LastName = personal.LastName.Trim();
        BirthDate = personal.BirthDate;
        Street = street;
        PostalCode = personal.PostalCode;
        City = personal.City.Trim();
        Email = personal.Email;
        Phone = Text.TrimOrNull(personal.Phone);
        if (addressChanged && Location?.Source != LocationSource.Manual)
        {
            Location = null;
        }

        return Result.Success();
    }

    public void SetLocation(Location location) => Location = location;

    /// <summary>
    /// Places a patient without a location at the postal code's centroid, so that she can be offered at once; the nightly
    /// geocoding may refine it from the street. A patient who has a location keeps it.
    /// </summary>
    public bool LocateAtCentroid(GeoPoint centroid)
    {
        if (Location is not null)
        {
            return false;
        }

        Location = Location.From(centroid, LocationSource.PostalCodeCentroid);
        return true;
    }
}
