using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Persistence;

/// <summary>
/// Languages stored before they were codes (free text, names, codes in capitals) become codes at start; what names no
/// language is taken out, kept on the record for a coordinator and logged with the record's id — once (issue 10 item 8).
/// </summary>
public sealed class StoredLanguageMappingTests
{
    private static readonly List<string> Legacy = ["Englisch", "english", "EN", "türkisch", "Klingonisch"];

    [Theory, EveryProvider]
    public async Task Names_codes_and_case_variants_become_codes_and_an_unknown_value_is_reported_and_kept_for_a_coordinator(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (therapistId, patientId, untouchedId) = await StoreLegacyAsync(database);
        var log = new ListLogger<StoredLanguageMapping>();
        var before = await VersionsAsync(database);

        var report = await new StoredLanguageMapping(database.Factory, log).RunAsync(Token);

        await using var context = database.CreateContext();
        var therapist = await context.Therapists.AsNoTracking().SingleAsync(t => t.Id == therapistId, Token);
        var patient = await context.Patients.AsNoTracking().SingleAsync(p => p.Id == patientId, Token);
        var untouched = await context.Therapists.AsNoTracking().SingleAsync(t => t.Id == untouchedId, Token);
        Assert.Equal(["en", "tr"], therapist.Languages);
        Assert.Equal(["en", "tr"], patient.RequiredLanguages);
        Assert.Equal(("„Klingonisch“", "„Klingonisch“"), (therapist.UnmappedLanguages, patient.UnmappedLanguages));
        Assert.Equal(["en"], untouched.Languages);
        Assert.Equal((null, before[1]), (untouched.UnmappedLanguages, untouched.Version));
        Assert.Equal((1, 1), (report.TherapistsChanged, report.PatientsChanged));
        Assert.Equal([new UnmappedLanguage("Therapist", therapistId, "Klingonisch"), new UnmappedLanguage("Patient", patientId, "Klingonisch")], report.Unmapped);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"Therapist {therapistId}", StringComparison.Ordinal) && e.Message.Contains("Klingonisch", StringComparison.Ordinal));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"Patient {patientId}", StringComparison.Ordinal) && e.Message.Contains("Klingonisch", StringComparison.Ordinal));
    }

    [Theory, EveryProvider]
    public async Task A_second_start_changes_nothing_and_saving_the_languages_clears_the_report(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (therapistId, _, _) = await StoreLegacyAsync(database);
        var initializer = new DatabaseInitializer(
            database.Factory, new DatabaseOptions { Provider = provider, SeedDemoData = false },
            new StoredLanguageMapping(database.Factory, new ListLogger<StoredLanguageMapping>()), new FakeTimeProvider(Build.Now), new ListLogger<DatabaseInitializer>());

        await initializer.InitializeAsync(Token);
        var first = await VersionsAsync(database);
        var second = await new StoredLanguageMapping(database.Factory, new ListLogger<StoredLanguageMapping>()).RunAsync(Token);

        Assert.Equal((0, 0, 0), (second.TherapistsChanged, second.PatientsChanged, second.Unmapped.Count));
        Assert.Equal(first, await VersionsAsync(database));
        await using var context = database.CreateContext();
        var therapist = await context.Therapists.SingleAsync(t => t.Id == therapistId, Token);
        Assert.Equal(["en", "tr"], therapist.Languages);
        Assert.True(therapist.UpdateProfile(Build.TherapistProfile() with { Languages = ["en", "tr", "de"] }).IsSuccess);
        Assert.Null(therapist.UnmappedLanguages);
    }

    /// <summary>A therapist and a patient with languages as an older version stored them, and a therapist already in codes.</summary>
    private static async Task<(int Therapist, int Patient, int Untouched)> StoreLegacyAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var therapist = Build.Therapist("Alt");
        var untouched = Build.Therapist("Neu");
        var patient = Build.Patient();
        context.AddRange(therapist, untouched, patient);
        await context.SaveChangesAsync(Token);

        // Written past the domain, as the database holds them from before: the domain itself no longer accepts them.
        context.Entry(therapist).Property(nameof(Therapist.Languages)).CurrentValue = new List<string>(Legacy);
        context.Entry(patient).Property(nameof(Patient.RequiredLanguages)).CurrentValue = new List<string>(Legacy);
        await context.SaveChangesAsync(Token);
        return (therapist.Id, patient.Id, untouched.Id);
    }

    private static async Task<int[]> VersionsAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return [.. await context.Therapists.OrderBy(t => t.Id).Select(t => t.Version).ToListAsync(Token), .. await context.Patients.OrderBy(p => p.Id).Select(p => p.Version).ToListAsync(Token)];
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
