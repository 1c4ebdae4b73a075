using Boona.Domain.Common;
using Boona.Domain.Searches;
using Boona.Tests.Support;

namespace Boona.Tests.Domain.Searches;

public sealed class PlacementSearchTests
{
    private static PlacementSearch Active() => PlacementSearch.Start(1, Build.Now);

    private static PlacementSearch Placed()
    {
        var search = Active();
        search.Place(9, Build.Today, Build.Now);
        return search;
    }

    [Fact]
    public void A_new_search_is_active_and_its_timeline_starts()
    {
        var search = Active();

        Assert.Equal(SearchStatus.Active, search.Status);
        Assert.Equal(SearchEventKind.Started, Assert.Single(search.Events).Kind);
    }

    [Fact]
    public void Pause_and_resume()
    {
        var search = Active();

        search.Pause(Build.Today.AddDays(14), "Urlaub", Build.Now);
        Assert.Equal(SearchStatus.Paused, search.Status);
        Assert.Equal(Build.Today.AddDays(14), search.PausedUntil);

        search.Resume(Build.Now);
        Assert.Equal(SearchStatus.Active, search.Status);
        Assert.Null(search.PausedUntil);
    }

    [Fact]
    public void A_pause_with_an_end_date_resumes_by_itself_on_that_day()
    {
        var search = Active();
        search.Pause(Build.Today.AddDays(3), null, Build.Now);

        Assert.False(search.ResumeIfDue(Build.Today.AddDays(2), Build.Now));
        Assert.Equal(SearchStatus.Paused, search.Status);
        Assert.True(search.ResumeIfDue(Build.Today.AddDays(3), Build.Now));
        Assert.Equal(SearchStatus.Active, search.Status);
    }

    [Fact]
    public void An_open_ended_pause_never_resumes_by_itself()
    {
        var search = Active();
        search.Pause(null, null, Build.Now);

        Assert.False(search.ResumeIfDue(Build.Today.AddYears(1), Build.Now));
    }

    [Fact]
    public void A_pause_must_end_in_the_future() =>
        Assert.Throws<DomainException>(() => Active().Pause(Build.Today, null, Build.Now));

    [Fact]
    public void Placement_success_and_its_dates()
    {
        var search = Placed();
        Assert.Equal(SearchStatus.Placed, search.Status);
        Assert.Equal(9, search.PlacedTherapistId);

        search.ConfirmSuccess(Build.Today.AddDays(21), Build.Now.AddDays(21));

        Assert.Equal(SearchStatus.Successful, search.Status);
        Assert.Equal(Build.Today, search.PlacedOn);
        Assert.Equal(Build.Today.AddDays(21), search.SuccessfulOn);
    }

    [Fact]
    public void A_failed_trial_excludes_the_therapist_and_reactivates_the_search()
    {
        var search = Placed();

        search.FailTrial("Passte nicht", Build.Now);

        Assert.Equal(SearchStatus.Active, search.Status);
        Assert.True(search.Excludes(9));
        Assert.Null(search.PlacedTherapistId);
        Assert.Contains(search.Events, e => e.Kind == SearchEventKind.TrialFailed && e.TherapistId == 9);
    }

    [Fact]
    public void A_no_show_reactivates_the_search_without_excluding()
    {
        var search = Placed();

        search.RecordNoShow(Build.Now);

        Assert.Equal(SearchStatus.Active, search.Status);
        Assert.False(search.Excludes(9));
        Assert.Contains(search.Events, e => e.Kind == SearchEventKind.NoShow);
    }

    [Fact]
    public void Cancel_needs_a_reason_and_is_final()
    {
        var search = Active();
        Assert.Throws<DomainException>(() => search.Cancel(" ", Build.Now));

        search.Cancel("Patient verzogen", Build.Now);

        Assert.Equal(SearchStatus.Cancelled, search.Status);
        Assert.True(search.Status.IsFinal());
        Assert.Throws<DomainException>(() => search.Cancel("nochmal", Build.Now));
        Assert.Throws<DomainException>(() => search.Resume(Build.Now));
        Assert.Throws<DomainException>(() => search.Place(1, Build.Today, Build.Now));
    }

    public static TheoryData<string> RefusedTransitions =>
    [
        "active.resume", "active.succeed", "active.fail-trial", "active.no-show",
        "paused.pause", "paused.place", "paused.succeed",
        "placed.pause", "placed.place", "placed.resume",
        "successful.cancel", "successful.pause", "successful.place", "successful.fail-trial",
    ];

    [Theory]
    [MemberData(nameof(RefusedTransitions))]
    public void Impossible_transitions_are_domain_errors(string transition)
    {
        var parts = transition.Split('.');
        var search = parts[0] switch
        {
            "active" => Active(),
            "paused" => Paused(),
            "placed" => Placed(),
            _ => Successful(),
        };
        var statusBefore = search.Status;

        Assert.Throws<DomainException>(() => Apply(search, parts[1]));
        Assert.Equal(statusBefore, search.Status);
    }

    private static PlacementSearch Paused()
    {
        var search = Active();
        search.Pause(null, null, Build.Now);
        return search;
    }

    private static PlacementSearch Successful()
    {
        var search = Placed();
        search.ConfirmSuccess(Build.Today, Build.Now);
        return search;
    }

    private static void Apply(PlacementSearch search, string action)
    {
        switch (action)
        {
            case "resume": search.Resume(Build.Now); break;
            case "succeed": search.ConfirmSuccess(Build.Today, Build.Now); break;
            case "fail-trial": search.FailTrial("x", Build.Now); break;
            case "no-show": search.RecordNoShow(Build.Now); break;
            case "pause": search.Pause(null, null, Build.Now); break;
            case "place": search.Place(2, Build.Today, Build.Now); break;
            case "cancel": search.Cancel("x", Build.Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
