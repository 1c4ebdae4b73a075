using Boona.Domain.Therapists;
using Boona.Tests.Support;

namespace Boona.Tests.Domain.Therapists;

public sealed class TherapistContactTests
{
    [Fact]
    public void An_answer_starts_the_cooling_period_for_n_weeks()
    {
        var therapist = Build.Therapist();

        therapist.StartCooling(Build.Today, 4);

        Assert.Equal(Build.Today.AddDays(28), therapist.NextContactAllowedOn);
        Assert.True(therapist.IsCoolingOn(Build.Today.AddDays(27)));
        Assert.False(therapist.IsCoolingOn(Build.Today.AddDays(28)));
    }

    [Fact]
    public void A_later_answer_extends_but_never_shortens_the_cooling_period()
    {
        var therapist = Build.Therapist();
        therapist.StartCooling(Build.Today, 4);

        therapist.StartCooling(Build.Today.AddDays(-10), 4);
        Assert.Equal(Build.Today.AddDays(28), therapist.NextContactAllowedOn);

        therapist.StartCooling(Build.Today.AddDays(5), 4);
        Assert.Equal(Build.Today.AddDays(33), therapist.NextContactAllowedOn);
    }

    [Fact]
    public void Overriding_the_cooling_period_keeps_the_reason()
    {
        var therapist = Build.Therapist();
        therapist.StartCooling(Build.Today, 4);

        therapist.OverrideCooling(null, "Hat um neue Anfragen gebeten", Build.Now);

        Assert.Null(therapist.NextContactAllowedOn);
        Assert.Equal("Hat um neue Anfragen gebeten", therapist.CoolingOverrideReason);
        Assert.Equal("therapist.cooling.reason", therapist.OverrideCooling(null, "", Build.Now).FirstError?.Code);
    }

    [Fact]
    public void A_contact_pause_lasts_through_its_last_day()
    {
        var therapist = Build.Therapist();

        therapist.SetContactRules(Build.Today.AddDays(3), ContactChannel.Phone, Build.Today);

        Assert.True(therapist.IsPausedOn(Build.Today.AddDays(3)));
        Assert.False(therapist.IsPausedOn(Build.Today.AddDays(4)));
        Assert.Equal(ContactChannel.Phone, therapist.PreferredChannel);
    }

    [Fact]
    public void Contacts_keep_the_latest_time_per_channel()
    {
        var therapist = Build.Therapist();

        therapist.RecordContact(ContactChannel.Email, Build.Now);
        therapist.RecordContact(ContactChannel.Email, Build.Now.AddDays(-3));
        therapist.RecordContact(ContactChannel.Phone, Build.Now.AddHours(1));

        Assert.Equal(Build.Now, therapist.LastEmailContactAt);
        Assert.Equal(Build.Now.AddHours(1), therapist.LastPhoneContactAt);
        Assert.Null(therapist.LastPersonalContactAt);
    }

    [Fact]
    public void Availability_counts_only_while_confirmed_recently()
    {
        var therapist = Build.Therapist();
        var expiry = TimeSpan.FromDays(56);
        var horizon = Build.Today.AddDays(90);
        Assert.False(therapist.IsAvailable(Build.Now, expiry, horizon));

        therapist.ConfirmAvailability(Build.Today.AddDays(30), null, false, null, Build.Now);
        Assert.True(therapist.IsAvailable(Build.Now, expiry, horizon));
        Assert.False(therapist.IsAvailable(Build.Now.AddDays(57), expiry, horizon));

        therapist.ConfirmAvailability(Build.Today.AddDays(200), null, false, null, Build.Now);
        Assert.False(therapist.IsAvailable(Build.Now, expiry, horizon));

        therapist.ConfirmAvailability(null, null, true, "Evtl. ab Januar", Build.Now);
        Assert.True(therapist.IsAvailable(Build.Now, expiry, horizon));
    }
}
