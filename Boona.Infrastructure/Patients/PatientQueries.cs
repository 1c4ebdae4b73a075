using System.Globalization;
using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Outreach.Outbox;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Patients;

/// <summary>The patient list (filtered, sorted and paged in the database) and the patient page.</summary>
public sealed class PatientQueries(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public async Task<Result<Paged<PatientListItem>>> ListAsync(PatientListQuery query, CancellationToken cancellationToken)
    {
        if (query.Region is { Length: > 0 } region && !PatientListQuery.IsRegion(region))
        {
            return new Error("region.invalid", $"'{region}' is not one to five leading postal-code digits.", nameof(query.Region));
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = Filter(Rows(context, query), query);
        var total = await rows.CountAsync(cancellationToken);
        var (skip, take) = Paged<PatientListItem>.Window(query.Page, query.PageSize);
        var page = await Sort(rows, query).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return Result<Paged<PatientListItem>>.Of(new Paged<PatientListItem>([.. page.Select(r => r.ToItem())], total));
    }

    public async Task<PatientDetails?> GetAsync(int patientId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var patient = await context.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return null;
        }

        var searches = await context.Searches.AsNoTracking()
            .Where(s => s.PatientId == patientId)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new SearchSummary(s.Id, s.Status, s.CreatedAt, s.PausedUntil, s.CancelReason))
            .ToListAsync(cancellationToken);
        var names = await TherapistNamesAsync(context, patient.Exclusions.Select(e => e.TherapistId).Concat(patient.LiftedExclusions.Select(e => e.TherapistId)), cancellationToken);
        var exclusions = patient.Exclusions
            .OrderByDescending(e => e.At)
            .Select(e => new ExclusionView(Name(names, e.TherapistId), e.Reason, e.At))
            .ToList();
        var lifted = patient.LiftedExclusions
            .OrderByDescending(e => e.LiftedAt)
            .Select(e => new LiftedExclusionView(Name(names, e.TherapistId), e.Reason, e.At, e.LiftReason, e.LiftedAt, e.LiftedBy))
            .ToList();
        var today = clock.Today();
        var searchStart = PlacementSearch.CanStartFor(patient, searches.Any(s => s.IsOpen), today);
        var emails = await context.EmailMessages.AsNoTracking().Where(m => m.PatientId == patientId)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(OutboxMessageRow.FromMessage).ToListAsync(cancellationToken);
        return new PatientDetails(patient, PreQualification.Check(patient, today), searches, exclusions, lifted, searchStart, emails);
    }

    /// <summary>The therapists named by exclusion lists, in one query.</summary>
    internal static async Task<Dictionary<int, TherapistOption>> TherapistNamesAsync(BoonaDbContext context, IEnumerable<int> therapistIds, CancellationToken cancellationToken)
    {
        var ids = therapistIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await context.Therapists.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, t.FirstName, t.LastName, PostalCode = t.PostalCode.Value, t.City })
            .ToDictionaryAsync(t => t.Id, t => new TherapistOption(t.Id, TherapistOption.NameOf(t.Title, t.FirstName, t.LastName), t.PostalCode, t.City), cancellationToken);
    }

    /// <summary>The therapist's name, or the id for one deleted since.</summary>
    internal static TherapistOption Name(IReadOnlyDictionary<int, TherapistOption> names, int id) => names.GetValueOrDefault(id) ?? Unknown(id);

    private static TherapistOption Unknown(int id) => new(id, id.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty);

    private static IQueryable<PatientRow> Rows(BoonaDbContext context, PatientListQuery query)
    {
        var patients = context.Patients.AsNoTracking();
        if (query.Status is { } status)
        {
            patients = patients.Where(p => p.Status == status);
        }

        if (query.Region is { Length: > 0 } region)
        {
            patients = patients.InPostalPrefix(region);
        }

        if (query.Text is { Length: > 0 } text)
        {
            patients = patients.MatchingText(text);
        }

        return from p in patients
               join s in context.Searches.WhereOpen() on p.Id equals s.PatientId into open
               from s in open.DefaultIfEmpty()
               select new PatientRow
               {
                   Id = p.Id,
                   FirstName = p.FirstName,
                   LastName = p.LastName,
                   PostalCode = p.PostalCode.Value,
                   City = p.City,
                   Status = p.Status,
                   CreatedAt = p.CreatedAt,
                   SearchId = s == null ? null : s.Id,
                   SearchStatus = s == null ? null : s.Status,
                   SearchCreatedAt = s == null ? null : s.CreatedAt,
               };
    }

    private IQueryable<PatientRow> Filter(IQueryable<PatientRow> rows, PatientListQuery query)
    {
        rows = query.SearchState switch
        {
            PatientSearchState.None => rows.Where(r => r.SearchId == null),
            PatientSearchState.Active => rows.Where(r => r.SearchStatus == SearchStatus.Active),
            PatientSearchState.Paused => rows.Where(r => r.SearchStatus == SearchStatus.Paused),
            PatientSearchState.Placed => rows.Where(r => r.SearchStatus == SearchStatus.Placed),
            null => rows,
        };
        if (query.MinWaitingDays is { } days)
        {
            // Started on or before this German day, whatever the hour.
            var cutoff = BoonaTime.AtLocal(clock.Today().AddDays(1 - days), TimeOnly.MinValue);
            rows = rows.Where(r => r.SearchCreatedAt < cutoff);
        }

        return rows;
    }

    private static IQueryable<PatientRow> Sort(IQueryable<PatientRow> rows, PatientListQuery query) => (query.Sort, query.Descending) switch
    {
        (PatientSort.PostalCode, false) => rows.OrderBy(r => r.PostalCode).ThenBy(r => r.LastName).ThenBy(r => r.Id),
        (PatientSort.PostalCode, true) => rows.OrderByDescending(r => r.PostalCode).ThenBy(r => r.LastName).ThenBy(r => r.Id),
        (PatientSort.Created, false) => rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id),
        (PatientSort.Created, true) => rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id),

        // Most waiting days = the oldest open search; patients without one come last either way.
        (PatientSort.WaitingDays, false) => rows.OrderBy(r => r.SearchCreatedAt == null).ThenByDescending(r => r.SearchCreatedAt).ThenBy(r => r.Id),
        (PatientSort.WaitingDays, true) => rows.OrderBy(r => r.SearchCreatedAt == null).ThenBy(r => r.SearchCreatedAt).ThenBy(r => r.Id),
        (_, false) => rows.OrderBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.Id),
        (_, true) => rows.OrderByDescending(r => r.LastName).ThenByDescending(r => r.FirstName).ThenBy(r => r.Id),
    };

    private sealed class PatientRow
    {
        public int Id { get; init; }

        public string FirstName { get; init; } = string.Empty;

        public string LastName { get; init; } = string.Empty;

        public string PostalCode { get; init; } = string.Empty;

        public string City { get; init; } = string.Empty;

        public PatientStatus Status { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public int? SearchId { get; init; }

        public SearchStatus? SearchStatus { get; init; }

        public DateTimeOffset? SearchCreatedAt { get; init; }

        public PatientListItem ToItem() => new(Id, FirstName, LastName, PostalCode, City, Status, SearchId, SearchStatus, SearchCreatedAt, CreatedAt);
    }
}
