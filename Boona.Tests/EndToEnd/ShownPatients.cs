using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.EndToEnd;

/// <summary>
/// Which demo patients a page shows by name, and whether the access log has a row for each of them since the page
/// was opened: the check behind "every view of a patient's personal data is logged".
/// </summary>
internal sealed class ShownPatients
{
    private readonly IDbContextFactory<BoonaDbContext> _factory;
    private readonly IReadOnlyList<(int Id, string[] Spellings)> _patients;

    private ShownPatients(IDbContextFactory<BoonaDbContext> factory, IReadOnlyList<(int Id, string[] Spellings)> patients)
    {
        _factory = factory;
        _patients = patients;
    }

    public static async Task<ShownPatients> LoadAsync(BrowserSession session)
    {
        var factory = session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var patients = await context.Patients.AsNoTracking().Select(p => new { p.Id, Name = p.FirstName + " " + p.LastName, p.FirstName, p.LastName })
            .ToListAsync(TestContext.Current.CancellationToken);
        var therapists = (await context.Therapists.AsNoTracking().Select(t => t.FirstName + " " + t.LastName).ToListAsync(TestContext.Current.CancellationToken)).ToHashSet();

        // The demo draws therapists' and patients' names from one pool: a name that is not one person's proves nothing.
        var unique = patients.GroupBy(p => p.Name).Where(g => g.Count() == 1 && !therapists.Contains(g.Key)).Select(g => g.Single());
        return new ShownPatients(factory, [.. unique.Select(p => (p.Id, new[] { p.Name, $"{p.LastName}, {p.FirstName}" }))]);
    }

    /// <summary>The patients named in the text.</summary>
    public IReadOnlyList<int> In(string text) =>
        [.. _patients.Where(p => p.Spellings.Any(s => text.Contains(s, StringComparison.Ordinal))).Select(p => p.Id)];

    public string NameOf(int patientId) => _patients.Single(p => p.Id == patientId).Spellings[0];

    /// <summary>Those of the patients without an access-log row by the user since the moment given.</summary>
    public async Task<IReadOnlyList<int>> NotLoggedAsync(IReadOnlyList<int> patientIds, string userName, DateTimeOffset since)
    {
        await using var context = await _factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var logged = (await context.PatientAccesses.AsNoTracking()
                .Where(a => patientIds.Contains(a.PatientId) && a.UserName == userName)
                .Select(a => new { a.PatientId, a.At })
                .ToListAsync(TestContext.Current.CancellationToken))
            .Where(a => a.At >= since).Select(a => a.PatientId).ToHashSet();
        return [.. patientIds.Where(id => !logged.Contains(id))];
    }
}
