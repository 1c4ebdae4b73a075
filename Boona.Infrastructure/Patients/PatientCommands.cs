using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using CentroidQueries = Boona.Infrastructure.Geo.PostalCodes.PostalCodeQueries;

namespace Boona.Infrastructure.Patients;

/// <summary>
/// Intake and edit of patients. The UI and the HTTP API both call these; nothing is saved when any field is invalid.
/// A patient without a location is placed at her postal code's centroid on saving, so that she can be offered at once.
/// </summary>
public sealed class PatientCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock, CentroidQueries postalCodes)
{
    public async Task<Result<int>> RegisterAsync(PatientInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var parsed = PatientInputParser.Parse(input, today);
        if (!parsed.IsSuccess)
        {
            return Result<int>.Failure(parsed.Errors);
        }

        var registered = Patient.Register(parsed.Value.Personal, now, today);
        if (!registered.IsSuccess)
        {
            return Result<int>.Failure(registered.Errors);
        }

        var patient = registered.Value;
        var applied = Apply(patient, parsed.Value, input.ConsentGiven, now, today);
        if (!applied.IsSuccess)
        {
            return Result<int>.Failure(applied.Errors);
        }

        await LocateAsync(patient, cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var templates = await EmailTemplates.LoadAsync(context, cancellationToken);

        // The confirmation names the reference, which is the id the database gives: one transaction for both saves.
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        context.Patients.Add(patient);
        await context.SaveChangesAsync(cancellationToken);
        try
        {
            PatientEmails.QueueRegistration(context, templates, patient, now);
        }
        catch (TemplateRenderException failure)
        {
            return Result<int>.Failure(failure.ToError());
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Of(patient.Id);
    }

    /// <summary>Saves every field; refused when someone else saved the patient since <paramref name="expectedVersion"/> was read.</summary>
    public async Task<Result> UpdateAsync(int patientId, int expectedVersion, PatientInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var parsed = PatientInputParser.Parse(input, today);
        if (!parsed.IsSuccess)
        {
            return parsed;
        }

        return await PatientChanges.ChangeAsync(contextFactory, patientId, expectedVersion, async (_, patient) =>
        {
            var changed = Combine(patient.UpdatePersonalData(parsed.Value.Personal, today), Apply(patient, parsed.Value, input.ConsentGiven, now, today));
            if (changed.IsSuccess)
            {
                await LocateAsync(patient, cancellationToken);
            }

            return changed;
        }, cancellationToken);
    }

    private static Result Apply(Patient patient, ParsedPatient parsed, bool consentGiven, DateTimeOffset now, DateOnly today) => Combine(
        patient.UpdateInsurance(parsed.Insurance),
        patient.UpdateClinicalData(parsed.Clinical, today),
        patient.UpdateLogistics(parsed.Logistics),
        patient.UpdatePreferences(parsed.Preferences),
        patient.UpdateBusiness(parsed.Business),
        patient.UpdateConsent(consentGiven, parsed.ConsentVersion, now));

    private static Result Combine(params Result[] results) =>
        results.All(r => r.IsSuccess) ? Result.Success() : Result.Failure(results.SelectMany(r => r.Errors));

    /// <summary>A patient the domain left without a location (new, or the address changed) gets the postal code's centroid, if known.</summary>
    private async Task LocateAsync(Patient patient, CancellationToken cancellationToken)
    {
        if (patient.Location is null
            && (await postalCodes.FindAsync([patient.PostalCode.Value], cancellationToken)).GetValueOrDefault(patient.PostalCode.Value) is { } centroid)
        {
            patient.LocateAtCentroid(centroid.Point);
        }
    }
}
