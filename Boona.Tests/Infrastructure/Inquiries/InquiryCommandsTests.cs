using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>Creating an inquiry: the bundle is checked again, stored, and its e-mail queued or its call planned.</summary>
public sealed class InquiryCommandsTests
{
    [Theory, EveryProvider]
    public async Task An_inquiry_by_email_queues_a_German_email_that_lists_the_patients_without_names(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var first = await world.AddSearchAsync("Schulze");
        var second = await world.AddSearchAsync("Krause", daysAgo: 40);

        var created = await world.Inquiries.CreateAsync(new NewInquiry(therapist.Id, [first.Id, second.Id]), Token);

        var inquiry = await world.InquiryAsync(created.Value);
        Assert.Equal((InquiryStatus.Unsent, ContactChannel.Email, therapist.Id), (inquiry.Status, inquiry.Channel, inquiry.TherapistId));
        Assert.Equal([first.Id, second.Id], inquiry.Patients.OrderBy(p => p.Position).Select(p => p.SearchId));
        var email = await world.ReadAsync(c => c.EmailMessages.SingleAsync(Token));
        Assert.Equal((EmailKind.Inquiry, EmailStatus.Queued, "weber@praxis.de", inquiry.Id), (email.Kind, email.Status, email.ToAddress.Value, email.InquiryId!.Value));
        Assert.StartsWith("Sehr geehrte Frau Dr. Weber,", email.TextBody, StringComparison.Ordinal);
        foreach (var expected in new[] { $"P-{first.PatientId:D5}", $"P-{second.PatientId:D5}", "36 Jahre", "männlich", "F32.1", "gesetzlich", "Mo 08:00–18:00 (25 Std./Woche)", "Gruppentherapie: nein", "Vorherige Psychotherapie: keine" })
        {
            Assert.Contains(expected, email.TextBody, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Jonas", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Schulze", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Krause", email.TextBody, StringComparison.Ordinal);
    }

    [Theory, EveryProvider]
    public async Task Without_email_a_call_is_planned_at_the_next_phone_hours(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber", phoneOnly: true, change: t => t.SetPhoneHours(WeeklyWindows.FromStorage("Do 08:00-09:00; Fr 09:30-10:00")));
        var search = await world.AddSearchAsync("Schulze");

        var created = await world.Inquiries.CreateAsync(new NewInquiry(therapist.Id, [search.Id]), Token);

        var inquiry = await world.InquiryAsync(created.Value);
        Assert.Equal(ContactChannel.Phone, inquiry.Channel);
        var call = await world.ReadAsync(c => c.PhoneCalls.SingleAsync(Token));

        // Thursday 10:00 in Cologne, after Thursday's window: Friday 09:30.
        Assert.Equal((PhoneCallPurpose.Inquiry, PhoneCallStatus.Planned, inquiry.Id), (call.Purpose, call.Status, call.InquiryId!.Value));
        Assert.Equal(BoonaTime.AtLocal(Build.Today.AddDays(1), new TimeOnly(9, 30)), call.PlannedAt);
        Assert.Equal(0, await world.ReadAsync(c => c.EmailMessages.CountAsync(Token)));
    }

    [Theory, EveryProvider]
    public async Task A_phone_only_inquirys_call_lands_in_the_next_free_slot_not_on_a_holiday_nor_on_another_call_of_the_coordinator(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        await world.AddAsync(new PostalCodeCentroid { Code = "50667", Place = "Köln", State = "Nordrhein-Westfalen", StateCode = "NW", Latitude = 50.9387, Longitude = 6.9547 });
        var hours = WeeklyWindows.FromStorage("Fr 09:00-10:00; Mo 09:00-10:00");
        var weber = await world.AddTherapistAsync("Weber", phoneOnly: true, change: t => t.SetPhoneHours(hours));
        var krause = await world.AddTherapistAsync("Krause", phoneOnly: true, change: t => t.SetPhoneHours(hours));
        var other = await world.AddTherapistAsync("Lange", phoneOnly: true, change: t => t.SetPhoneHours(hours));
        var searches = new[] { await world.AddSearchAsync("Eins"), await world.AddSearchAsync("Zwei"), await world.AddSearchAsync("Drei") };

        // Thursday 24 December, 11:00: Friday is Christmas Day, so Monday 28 December 09:00 is the first slot.
        world.Clock.SetUtcNow(BoonaTime.AtLocal(new DateOnly(2026, 12, 24), new TimeOnly(11, 0)));
        await world.Inquiries.CreateAsync(new NewInquiry(weber.Id, [searches[0].Id], CreatedBy: "anna@boona.test"), Token);
        await world.Inquiries.CreateAsync(new NewInquiry(krause.Id, [searches[1].Id], CreatedBy: "anna@boona.test"), Token);
        await world.Inquiries.CreateAsync(new NewInquiry(other.Id, [searches[2].Id], CreatedBy: "ben@boona.test"), Token);

        var calls = await world.ReadAsync(c => c.PhoneCalls.OrderBy(p => p.Id).ToListAsync(Token));
        var monday = new DateOnly(2026, 12, 28);
        Assert.Equal(
            [("anna@boona.test", BoonaTime.AtLocal(monday, new TimeOnly(9, 0))), ("anna@boona.test", BoonaTime.AtLocal(monday, new TimeOnly(9, 5))), ("ben@boona.test", BoonaTime.AtLocal(monday, new TimeOnly(9, 0)))],
            calls.Select(c => (c.CoordinatorId!, c.PlannedAt)));
        Assert.All(calls, c => Assert.Equal(PhoneCallPurpose.Inquiry, c.Purpose));
    }

    [Theory, EveryProvider]
    public async Task A_therapist_who_asked_for_calls_is_called_even_with_an_email_address(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber", change: t => t.SetContactRules(null, ContactChannel.Phone, Build.Today));

        var created = await world.Inquiries.CreateAsync(new NewInquiry(therapist.Id, [(await world.AddSearchAsync("Schulze")).Id]), Token);

        Assert.Equal(ContactChannel.Phone, (await world.InquiryAsync(created.Value)).Channel);
        Assert.Equal(1, await world.ReadAsync(c => c.PhoneCalls.CountAsync(Token)));
    }

    [Theory, EveryProvider]
    public async Task Unsuitable_patients_and_wrong_bundle_sizes_are_refused_by_field_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var fine = await world.AddSearchAsync("Nah");
        var far = await world.AddSearchAsync("Fern", kmNorth: 80);
        var seven = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            seven.Add((await world.AddSearchAsync($"Person{i}")).Id);
        }

        var unsuitable = await world.Inquiries.CreateAsync(new NewInquiry(therapist.Id, [fine.Id, far.Id, 999_999]), Token);
        var tooMany = await world.Inquiries.CreateAsync(new NewInquiry(therapist.Id, seven), Token);
        var none = await world.Inquiries.CreateAsync(new NewInquiry(therapist.Id, []), Token);
        var twice = await world.Inquiries.CreateAsync(new NewInquiry(therapist.Id, [fine.Id, fine.Id]), Token);
        var nobody = await world.Inquiries.CreateAsync(new NewInquiry(999_999, [fine.Id]), Token);

        Assert.Equal([("inquiry.patient.unsuitable", "SearchIds"), ("inquiry.patient.unsuitable", "SearchIds")], unsuitable.Errors.Select(e => (e.Code, e.Field)));
        Assert.Contains("Distance", unsuitable.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(("inquiry.bundle.count", "SearchIds"), (tooMany.FirstError!.Code, tooMany.FirstError.Field));
        Assert.Equal("inquiry.bundle.count", none.FirstError!.Code);
        Assert.Equal("inquiry.bundle.duplicate", twice.FirstError!.Code);
        Assert.Equal(("therapist.not-found", "TherapistId"), (nobody.FirstError!.Code, nobody.FirstError.Field));
        Assert.Equal((0, 0, 0), await world.ReadAsync(async c => (await c.Inquiries.CountAsync(Token), await c.EmailMessages.CountAsync(Token), await c.PhoneCalls.CountAsync(Token))));
    }

    [Theory, EveryProvider]
    public async Task A_therapist_who_may_not_be_contacted_today_gets_no_inquiry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var cooling = await world.AddTherapistAsync("Weber", change: t => t.StartCooling(Build.Today.AddDays(-3), 4));
        var asked = await world.AddTherapistAsync("Zorn");
        var search = await world.AddSearchAsync("Schulze");
        await world.SentInquiryAsync(asked, await world.AddSearchAsync("Krause"));

        var toCooling = await world.Inquiries.CreateAsync(new NewInquiry(cooling.Id, [search.Id]), Token);
        var toAsked = await world.Inquiries.CreateAsync(new NewInquiry(asked.Id, [search.Id]), Token);

        Assert.Equal(("inquiry.therapist.not-contactable", "TherapistId"), (toCooling.FirstError!.Code, toCooling.FirstError.Field));
        Assert.Contains("Cooling", toCooling.FirstError.Message, StringComparison.Ordinal);
        Assert.Contains("OpenInquiry", toAsked.FirstError!.Message, StringComparison.Ordinal);
        Assert.Equal(1, await world.ReadAsync(c => c.Inquiries.CountAsync(Token)));
    }
}
