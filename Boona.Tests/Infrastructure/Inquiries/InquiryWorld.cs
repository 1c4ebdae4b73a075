using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.FollowUp;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>
/// A test database with therapists and searching patients placed a few kilometres north of Cologne's centre,
/// and the inquiry use cases wired as the app wires them. Today is <see cref="Build.Today"/>.
/// </summary>
internal sealed class InquiryWorld(TestDatabase database, IRoutingService? routing = null)
{
    private static readonly GeoPoint Centre = GeoPoint.Of(50.9375, 6.9603);

    public TestDatabase Database { get; } = database;

    public FakeTimeProvider Clock { get; } = new(Build.Now);

    public SettingsStore Settings => new(Database.Factory, Clock);

    /// <summary>One per world, as one per process in the app: every test of the engine also reads through the cache.</summary>
    public RegionCache RegionCache { get; } = new();

    public MatchingQueries Matching => new(Database.Factory, Settings, routing ?? new NoRouting(), RegionCache, Clock);

    public ConflictQueries Conflicts => new(Database.Factory);

    public InquiryCommands Inquiries => new(Database.Factory, Matching, Conflicts, Settings, Clock, Microsoft.Extensions.Options.Options.Create(new FollowUpOptions()));

    public AnswerCommands Answers => new(Database.Factory, Settings, Clock);

    public InquiryQueries Queries => new(Database.Factory, Settings, routing ?? new NoRouting(), Clock);

    public PlacementCommands Placements => new(Database.Factory, Settings, Clock);

    public CoolingCommands Cooling => new(Database.Factory, Clock);

    public StandingAcceptanceQueries StandingAcceptances => new(Database.Factory, Settings, Clock);

    public Boona.Infrastructure.Searches.SearchQueries Searches => new(Database.Factory, Clock);

    public static Location North(double km) => Location.From(GeoPoint.Of(Centre.Latitude + (km / 111.2), Centre.Longitude), LocationSource.Address);

    public async Task<Therapist> AddTherapistAsync(string lastName, string postalCode = "50667", bool phoneOnly = false, Action<Therapist>? change = null, string? email = null)
    {
        var profile = Build.TherapistProfile(lastName, postalCode, phoneOnly: phoneOnly);
        if (email is not null)
        {
            profile = profile with { Email = EmailAddress.Parse(email) };
        }

        var therapist = Therapist.Create(profile, TherapistStatus.Active, Build.Now).Value;
        therapist.SetLocation(North(0));
        change?.Invoke(therapist);
        await AddAsync(therapist);
        return therapist;
    }

    /// <summary>A qualified, searching patient <paramref name="kmNorth"/> km from the practices, with an active search started <paramref name="daysAgo"/> days ago.</summary>
    public async Task<PlacementSearch> AddSearchAsync(string lastName, double kmNorth = 3, string postalCode = "50667", int daysAgo = 10, Action<Patient>? change = null)
    {
        var patient = Build.QualifiedPatient(lastName, postalCode);
        patient.SetLocation(North(kmNorth));
        patient.MarkSearching(Build.Today.AddDays(-daysAgo));
        change?.Invoke(patient);
        await AddAsync(patient);
        var search = PlacementSearch.Start(patient.Id, Build.Now.AddDays(-daysAgo));
        await AddAsync(search);
        return search;
    }

    /// <summary>Creates an inquiry through the use case and marks it sent, as the outbox would.</summary>
    public async Task<int> SentInquiryAsync(Therapist therapist, params PlacementSearch[] searches)
    {
        var created = await Inquiries.CreateAsync(new NewInquiry(therapist.Id, [.. searches.Select(s => s.Id)]), Token);
        Assert.True(created.IsSuccess, string.Join("; ", created.Errors.Select(e => e.Message)));
        await using var context = Database.CreateContext();
        var inquiry = await context.Inquiries.SingleAsync(i => i.Id == created.Value, Token);
        inquiry.MarkSent(Clock.GetUtcNow());
        await context.SaveChangesAsync(Token);
        return created.Value;
    }

    public async Task AddAsync(object entity)
    {
        await using var context = Database.CreateContext();
        context.Add(entity);
        await context.SaveChangesAsync(Token);
    }

    public async Task<T> ReadAsync<T>(Func<BoonaDbContext, Task<T>> read)
    {
        await using var context = Database.CreateContext();
        return await read(context);
    }

    public Task<Inquiry> InquiryAsync(int id) => ReadAsync(c => c.Inquiries.Include(i => i.Patients).SingleAsync(i => i.Id == id, Token));

    public Task<PlacementSearch> SearchAsync(int id) => ReadAsync(c => c.Searches.SingleAsync(s => s.Id == id, Token));

    public Task<Therapist> TherapistAsync(int id) => ReadAsync(c => c.Therapists.SingleAsync(t => t.Id == id, Token));
}
