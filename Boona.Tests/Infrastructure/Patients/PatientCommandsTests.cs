using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Geo;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Patients;

public sealed class PatientCommandsTests
{
    [Theory, EveryProvider]
    public async Task Registering_stores_every_field_and_records_the_consent_time(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = new PatientCommands(database.Factory, new FakeTimeProvider(Build.Now), new PostalCodeQueries(database.Factory));

        var id = (await commands.RegisterAsync(PatientInputs.Valid(), Token)).Value;

        await using var context = database.CreateContext();
        var stored = await context.Patients.SingleAsync(p => p.Id == id, Token);
        Assert.Equal(("Mia", "Schmidt", Gender.Female, PatientStatus.Open), (stored.FirstName, stored.LastName, stored.Gender, stored.Status));
        Assert.Equal(("AOK Rheinland", "A123456789"), (stored.Insurance.InsurerName, stored.Insurance.InsuranceNumber));
        Assert.Equal(["F32.1", "F41.0"], stored.Diagnoses.Select(d => d.Value));
        Assert.Equal((20, 15, TravelMode.Car), (stored.HoursPerWeekAvailable, stored.MaxDistanceKm, stored.TravelMode));
        Assert.Equal(("2026-01", Build.Now), (stored.ConsentVersion, stored.ConsentGivenAt));
        Assert.Equal(("BOONA-1", true, "Hausarztpraxis"), (stored.PaymentReference, stored.Paid, stored.ReferredBy));
        Assert.Equal("Grübeln", stored.History.CurrentComplaints);
        Assert.True(PreQualification.Passes(stored, Build.Today));
    }

    [Theory, EveryProvider]
    public async Task Invalid_input_saves_nothing_and_names_every_field(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var input = PatientInputs.Valid();
        input.PostalCode = "ABC";
        input.Diagnoses = "X";
        input.MaxDistanceKm = 500;

        var result = await new PatientCommands(database.Factory, new FakeTimeProvider(Build.Now), new PostalCodeQueries(database.Factory)).RegisterAsync(input, Token);

        Assert.Equal(["Diagnoses", "MaxDistanceKm", "PostalCode"], result.Errors.Select(e => e.Field).Order());
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Patients.CountAsync(Token));
    }

    [Theory, EveryProvider]
    public async Task Editing_changes_the_fields_and_keeps_the_consent_time(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Build.Now);
        var commands = new PatientCommands(database.Factory, clock, new PostalCodeQueries(database.Factory));
        var id = (await commands.RegisterAsync(PatientInputs.Valid(), Token)).Value;
        clock.Advance(TimeSpan.FromDays(2));
        var input = PatientInputs.Valid(lastName: "Schulz", postalCode: "10115");
        input.City = "Berlin";
        input.Diagnoses = "F43.1";

        var result = await commands.UpdateAsync(id, 0, input, Token);

        Assert.True(result.IsSuccess);
        await using var context = database.CreateContext();
        var stored = await context.Patients.SingleAsync(p => p.Id == id, Token);
        Assert.Equal(("Schulz", "10115", "Berlin", 1), (stored.LastName, stored.PostalCode.Value, stored.City, stored.Version));
        Assert.Equal(["F43.1"], stored.Diagnoses.Select(d => d.Value));
        Assert.Equal(Build.Now, stored.ConsentGivenAt);
    }

    [Theory, EveryProvider]
    public async Task A_new_patient_is_located_at_her_postal_codes_centroid_at_once_and_again_when_she_moves(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await GeocoderFixture.SeedCentroidsAsync(database);
        var commands = new PatientCommands(database.Factory, new FakeTimeProvider(Build.Now), new PostalCodeQueries(database.Factory));
        var located = (await commands.RegisterAsync(PatientInputs.Valid(postalCode: "50667"), Token)).Value;
        var stays = (await commands.RegisterAsync(PatientInputs.Valid(postalCode: "50667"), Token)).Value;
        var unknownCode = (await commands.RegisterAsync(PatientInputs.Valid(postalCode: "10115"), Token)).Value;
        var moved = PatientInputs.Valid(postalCode: "52062");
        moved.City = "Aachen";

        Assert.True((await commands.UpdateAsync(located, 0, moved, Token)).IsSuccess);

        await using var context = database.CreateContext();
        var patients = await context.Patients.AsNoTracking().OrderBy(p => p.Id).ToListAsync(Token);
        Assert.Equal(new Location(50.7766, 6.0834, LocationSource.PostalCodeCentroid), patients.Single(p => p.Id == located).Location);
        Assert.Equal(new Location(50.9387, 6.9547, LocationSource.PostalCodeCentroid), patients.Single(p => p.Id == stays).Location);
        Assert.Null(patients.Single(p => p.Id == unknownCode).Location);
    }

    [Theory, EveryProvider]
    public async Task A_stale_edit_is_refused_with_a_concurrency_error(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = new PatientCommands(database.Factory, new FakeTimeProvider(Build.Now), new PostalCodeQueries(database.Factory));
        var id = (await commands.RegisterAsync(PatientInputs.Valid(), Token)).Value;
        Assert.True((await commands.UpdateAsync(id, 0, PatientInputs.Valid("Erste"), Token)).IsSuccess);

        var stale = await commands.UpdateAsync(id, 0, PatientInputs.Valid("Zweite"), Token);

        Assert.Equal("concurrency", stale.FirstError!.Code);
        await using var context = database.CreateContext();
        Assert.Equal("Erste", (await context.Patients.SingleAsync(Token)).LastName);
    }

    [Theory, EveryProvider]
    public async Task Invalid_edits_and_consent_withdrawal_change_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = new PatientCommands(database.Factory, new FakeTimeProvider(Build.Now), new PostalCodeQueries(database.Factory));
        var id = (await commands.RegisterAsync(PatientInputs.Valid(), Token)).Value;
        var invalid = PatientInputs.Valid("Neu");
        invalid.BirthDate = Build.Today.AddYears(-10);
        var withdrawn = PatientInputs.Valid("Neu");
        withdrawn.ConsentGiven = false;

        var first = await commands.UpdateAsync(id, 0, invalid, Token);
        var second = await commands.UpdateAsync(id, 0, withdrawn, Token);
        var missing = await commands.UpdateAsync(id + 1, 0, PatientInputs.Valid(), Token);

        Assert.Equal(("patient.birth-date.implausible", "BirthDate"), (first.FirstError!.Code, first.FirstError.Field));
        Assert.Equal(("patient.consent.withdraw", "ConsentGiven"), (second.FirstError!.Code, second.FirstError.Field));
        Assert.Equal("patient.not-found", missing.FirstError!.Code);
        await using var context = database.CreateContext();
        var stored = await context.Patients.SingleAsync(Token);
        Assert.Equal(("Schmidt", 0), (stored.LastName, stored.Version));
    }

    [Theory, EveryProvider]
    public async Task The_edit_form_round_trips_a_stored_patient(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = new PatientCommands(database.Factory, new FakeTimeProvider(Build.Now), new PostalCodeQueries(database.Factory));
        var id = (await commands.RegisterAsync(PatientInputs.Valid(), Token)).Value;
        await using var context = database.CreateContext();
        var input = PatientInput.From(await context.Patients.SingleAsync(Token));

        Assert.Equal("Mo 08:00-18:00; Mi 08:00-18:00", input.AvailableTimes);
        Assert.Equal("F32.1, F41.0", input.Diagnoses);
        Assert.True((await commands.UpdateAsync(id, 0, input, Token)).IsSuccess);
    }

    [Fact]
    public void The_reference_reads_as_typed() =>
        Assert.Equal(
            [(true, 12), (true, 12), (true, 7), (false, 0), (false, 0)],
            new[] { "P-00012", "p12", "P 7", "Paul", "12" }.Select(t => (PatientReference.TryParse(t, out var id), id)));

    [Fact]
    public void Symptoms_beyond_six_are_refused() =>
        Assert.Contains(
            PatientInputParser.Parse(new PatientInput { Symptoms = [.. Enum.GetValues<Symptom>().Take(7)] }, Build.Today).Errors,
            e => e.Field == "Symptoms");

    [Fact]
    public void A_consent_version_is_only_needed_when_consent_is_given()
    {
        var input = PatientInputs.Valid();
        input.ConsentGiven = false;
        input.ConsentVersion = null;

        Assert.True(PatientInputParser.Parse(input, Build.Today).IsSuccess);
    }
}
