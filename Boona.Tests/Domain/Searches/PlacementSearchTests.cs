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

        Assert.True(search.Pause(Build.Today.AddDays(14), "Urlaub", Build.Today, Build.Now, "k@boona.test").IsSuccess);
        Assert.Equal(SearchStatus.Paused, search.Status);
        Assert.Equal(Build.Today.AddDays(14), search.PausedUntil);

        Assert.True(search.Resume(Build.Now, "k@boona.test").IsSuccess);
        Assert.Equal(SearchStatus.Active, search.Status);
        Assert.Null(search.PausedUntil);
    }

    [Fact]
    public void A_pause_with_an_end_date_resumes_by_itself_on_that_day()
    {
        var search = Active();
        search.Pause(Build.Today.AddDays(3), null, Build.Today, Build.Now, null);

        Assert.False(search.ResumeIfDue(Build.Today.AddDays(2), Build.Now));
        Assert.Equal(SearchStatus.Paused, search.Status);
        Assert.True(search.ResumeIfDue(Build.Today.AddDays(3), Build.Now));
        Assert.Equal(SearchStatus.Active, search.Status);
    }

    [Fact]
    public void An_open_ended_pause_never_resumes_by_itself()
    {
        var search = Active();
        search.Pause(null, null, Build.Today, Build.Now, null);

        Assert.False(search.ResumeIfDue(Build.Today.AddYears(1), Build.Now));
    }

    [Fact]
    public void A_pause_must_end_in_the_future() =>
        Assert.Equal(
            ("search.pause.until", "Until", ErrorKind.Invalid),
            Active().Pause(Build.Today, null, Build.Today, Build.Now, null).FirstError is { } e ? (e.Code, e.Field, e.Kind) : default);

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
        Assert.Equal(("search.cancel.reason", ErrorKind.Invalid), search.Cancel(" ", Build.Now, null).FirstError is { } e ? (e.Code, e.Kind) : default);

        search.Cancel("Patient verzogen", Build.Now, null);

        Assert.Equal(SearchStatus.Cancelled, search.Status);
        Assert.True(search.Status.IsFinal());
        Assert.Equal(
            [ErrorKind.Conflict, ErrorKind.Conflict, ErrorKind.Conflict],
            new[] { search.Cancel("nochmal", Build.Now, null), search.Resume(Build.Now, null), search.Place(1, Build.Today, Build.Now) }.Select(r => r.FirstError!.Kind));
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
    public void Impossible_transitions_are_conflicts_and_change_nothing(string transition)
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

        var refused = Apply(search, parts[1]);
        Assert.Equal(("search.transition", ErrorKind.Conflict), (refused.FirstError!.Code, refused.FirstError.Kind));
        Assert.Equal(statusBefore, search.Status);
    }

    private static PlacementSearch Paused()
    {
        var search = Active();
        search.Pause(null, null, Build.Today, Build.Now, null);
        return search;
    }

    private static PlacementSearch Successful()
    {
        var search = Placed();
        search.ConfirmSuccess(Build.Today, Build.Now);
        return search;
    }

    private static Result Apply(PlacementSearch search, string action) => action switch
    {
        "resume" => search.Resume(Build.Now, null),
        "succeed" => search.ConfirmSuccess(Build.Today, Build.Now),
        "fail-trial" => search.FailTrial("x", Build.Now),
        "no-show" => search.RecordNoShow(Build.Now),
        "pause" => search.Pause(null, null, Build.Today, Build.Now, null),
        "place" => search.Place(2, Build.Today, Build.Now),
        "cancel" => search.Cancel("x", Build.Now, null),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
