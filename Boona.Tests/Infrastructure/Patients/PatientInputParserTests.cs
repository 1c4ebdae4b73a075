using Boona.Domain.Common;
using Boona.Infrastructure.Patients;
using Boona.Tests.Support;

namespace Boona.Tests.Infrastructure.Patients;

/// <summary>Every invalid field is reported with its code and the input property at fault, all in one pass.</summary>
public sealed class PatientInputParserTests
{
    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "PostalCode", "postal-code.invalid", "5066" },
        { "Email", "email.invalid", "mia@" },
        { "Phone", "phone.invalid", "call me" },
        { "Diagnoses", "icd10.invalid", "F32.1, depression" },
        { "AvailableTimes", "weekly-windows.format", "Montags morgens" },
        { "AvailableTimes", "time-window.order", "Mo 18:00-08:00" },
        { "AvailableTimes", "weekly-windows.overlap", "Mo 08:00-12:00; Mo 11:00-13:00" },
        { "FirstName", "patient.first-name.required", " " },
        { "City", "patient.city.required", "" },
        { "ConsentVersion", "patient.consent.version", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void An_invalid_text_field_is_reported_at_that_field(string field, string code, string value)
    {
        var input = PatientInputs.Valid();
        typeof(PatientInput).GetProperty(field)!.SetValue(input, value);

        var result = PatientInputParser.Parse(input, Build.Today);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == field && e.Code == code);
    }

    [Theory]
    [InlineData(2010, 1, 1)]
    [InlineData(1900, 1, 1)]
    public void A_birth_date_without_a_plausible_adult_age_is_refused(int year, int month, int day)
    {
        var input = PatientInputs.Valid();
        input.BirthDate = new DateOnly(year, month, day);

        var errors = PatientInputParser.Parse(input, Build.Today).Errors;

        Assert.Equal([("BirthDate", "patient.birth-date.implausible")], errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void A_missing_birth_date_is_reported_once()
    {
        var input = PatientInputs.Valid();
        input.BirthDate = null;

        var errors = PatientInputParser.Parse(input, Build.Today).Errors;

        Assert.Equal([("BirthDate", "patient.birth-date.required")], errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void Hours_distance_and_dates_are_checked_against_their_bounds()
    {
        var input = PatientInputs.Valid();
        input.HoursPerWeekAvailable = 90;
        input.MaxDistanceKm = 0;
        input.SprechstundeOn = Build.Today.AddDays(1);
        input.HadPriorPsychotherapy = false;
        input.LastTherapySessionOn = Build.Today.AddYears(-1);

        var fields = PatientInputParser.Parse(input, Build.Today).Errors.Select(e => (e.Field, e.Code)).Order().ToList();

        Assert.Equal(
            [("HoursPerWeekAvailable", "patient.hours.bounds"), ("LastTherapySessionOn", "patient.last-session.without-therapy"), ("MaxDistanceKm", "patient.distance.bounds"), ("SprechstundeOn", "patient.sprechstunde.future")],
            fields);
    }

    [Fact]
    public void Without_e_mail_and_phone_the_contact_is_missing_but_a_mistyped_e_mail_is_only_mistyped()
    {
        var none = PatientInputs.Valid();
        none.Email = " ";
        none.Phone = null;
        var mistyped = PatientInputs.Valid();
        mistyped.Email = "mia(at)example.org";
        mistyped.Phone = null;

        Assert.Equal(["patient.contact.required"], PatientInputParser.Parse(none, Build.Today).Errors.Select(e => e.Code));
        Assert.Equal(["email.invalid"], PatientInputParser.Parse(mistyped, Build.Today).Errors.Select(e => e.Code));
    }

    [Fact]
    public void Too_long_texts_are_refused_before_the_database_sees_them()
    {
        var input = PatientInputs.Valid();
        input.LastName = new string('x', 101);
        input.History.ComplaintsSince = new string('x', 201);

        var errors = PatientInputParser.Parse(input, Build.Today).Errors;

        Assert.Equal([("LastName", "text.too-long"), ("History.ComplaintsSince", "text.too-long")], errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void A_language_named_by_code_or_by_its_German_or_English_name_is_read_and_anything_else_is_refused_at_the_field()
    {
        var named = PatientInputs.Valid();
        named.Languages = ["Türkisch", "english", "EN"];
        var unknown = PatientInputs.Valid();
        unknown.Languages = ["Englisch", "Klingonisch"];

        var read = PatientInputParser.Parse(named, Build.Today);
        var refused = PatientInputParser.Parse(unknown, Build.Today);

        Assert.True(read.IsSuccess);
        Assert.Equal([("Languages", "language.unknown", ErrorKind.Invalid)], refused.Errors.Select(e => (e.Field, e.Code, e.Kind)));
        Assert.Contains("'Klingonisch'", refused.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_input_becomes_the_domain_records()
    {
        var parsed = PatientInputParser.Parse(PatientInputs.Valid(), Build.Today).Value;

        Assert.Equal(["F32.1", "F41.0"], parsed.Clinical.Diagnoses.Select(d => d.Value));
        Assert.Equal("Mon 08:00-18:00; Wed 08:00-18:00", parsed.Logistics.AvailableTimes.ToString());
        Assert.Equal(["en"], parsed.Preferences.Languages);
        Assert.Equal("50667", parsed.Personal.PostalCode.Value);
    }
}
