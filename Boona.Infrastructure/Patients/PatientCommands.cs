using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Patients;

/// <summary>Intake and edit of patients. The UI and the HTTP API both call these; nothing is saved when any field is invalid.</summary>
public sealed class PatientCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
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

        var patient = Patient.Register(parsed.Value.Personal, now, today).Value;
        Apply(patient, parsed.Value, input, now, today);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.Patients.Add(patient);
        await context.SaveChangesAsync(cancellationToken);
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

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var patient = await context.Patients.SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return Result.Failure(PatientErrors.NotFound(patientId));
        }

        if (patient.ConsentGivenAt is not null && !input.ConsentGiven)
        {
            return Result.Failure(new Error("patient.consent.withdraw", "A recorded consent cannot be removed by editing.", nameof(PatientInput.ConsentGiven)));
        }

        context.Entry(patient).Property(p => p.Version).OriginalValue = expectedVersion;
        patient.UpdatePersonalData(parsed.Value.Personal, today);
        Apply(patient, parsed.Value, input, now, today);
        return await SaveAsync(context, cancellationToken);
    }

    internal static async Task<Result> SaveAsync(BoonaDbContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure(PatientErrors.Concurrency);
        }
    }

    private static void Apply(Patient patient, ParsedPatient parsed, PatientInput input, DateTimeOffset now, DateOnly today)
    {
        patient.UpdateInsurance(parsed.Insurance);
        Ensure(patient.UpdateClinicalData(parsed.Clinical, today));
        Ensure(patient.UpdateLogistics(parsed.Logistics));
        patient.UpdatePreferences(parsed.Preferences);
        patient.SetContractsSigned(input.ContractsSigned);
        var version = input.ConsentVersion?.Trim();
        if (input.ConsentGiven && version is not null && (patient.ConsentGivenAt is null || patient.ConsentVersion != version))
        {
            patient.RecordConsent(version, now);
        }

        patient.SetPayment(input.PaymentReference, input.Paid);
        patient.SetReferredBy(input.ReferredBy);
    }

    // The parser ran the same checks; a failure here means the two drifted apart.
    private static void Ensure(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Validated patient input was refused: {result.FirstError!.Message}");
        }
    }
}
