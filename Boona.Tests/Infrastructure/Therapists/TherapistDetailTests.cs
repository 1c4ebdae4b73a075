using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;

namespace Boona.Tests.Infrastructure.Therapists;

/// <summary>The detail page's history: only this therapist's e-mails, calls and inquiries, newest first.</summary>
public sealed class TherapistDetailTests
{
    [Theory, EveryProvider]
    public async Task The_detail_shows_the_therapists_own_contacts_and_inquiries(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var mine = Build.Therapist("Mein");
        var other = Build.Therapist("Andere");
        var patient = Build.QualifiedPatient();
        await AddAsync(database, mine, other, patient);
        var search = PlacementSearch.Start(patient.Id, Build.Now);
        await AddAsync(database, search);
        var older = Inquiry.Compose(mine.Id, ContactChannel.Email, [(search.Id, patient.Id)], 6, Build.Now.AddDays(-20));
        older.MarkSent(Build.Now.AddDays(-20));
        older.RecordAnswer(search.Id, InquiryOutcome.DeclinedNoCapacity, Build.Now.AddDays(-18));
        var newer = Inquiry.Compose(mine.Id, ContactChannel.Phone, [(search.Id, patient.Id)], 6, Build.Now.AddDays(-1));
        var foreign = Inquiry.Compose(other.Id, ContactChannel.Email, [(search.Id, patient.Id)], 6, Build.Now);
        await AddAsync(database, older, newer, foreign);
        await AddAsync(
            database,
            EmailMessage.Queue(new EmailDraft(EmailKind.Inquiry, EmailAddress.Parse("mein@praxis.de"), null, "Anfrage", "Text", InquiryId: older.Id, TherapistId: mine.Id), "boona.test", Build.Now.AddDays(-20)),
            EmailMessage.Queue(new EmailDraft(EmailKind.Inquiry, EmailAddress.Parse("andere@praxis.de"), null, "Anfrage", "Text", TherapistId: other.Id), "boona.test", Build.Now),
            PhoneCall.Plan(mine.Id, newer.Id, PhoneCallPurpose.Inquiry, Build.Now.AddDays(1)),
            PhoneCall.Plan(other.Id, null, PhoneCallPurpose.Other, Build.Now));

        var detail = await TherapistDirectory.Queries(database).GetDetailAsync(mine.Id, Token);

        Assert.NotNull(detail);
        Assert.Equal("Mein", detail.Therapist.LastName);
        Assert.Equal([(newer.Id, InquiryStatus.Unsent, AnswerType.NoAnswerYet), (older.Id, InquiryStatus.Sent, AnswerType.FullRejection)], detail.Inquiries.Select(i => (i.Id, i.Status, i.AnswerType)));
        Assert.All(detail.Inquiries, i => Assert.Equal(1, i.PatientCount));
        Assert.Equal(older.Id, Assert.Single(detail.Emails).InquiryId);
        Assert.Equal(newer.Id, Assert.Single(detail.Calls).InquiryId);
        Assert.Null(await TherapistDirectory.Queries(database).GetDetailAsync(4711, Token));
    }

    private static async Task AddAsync(TestDatabase database, params object[] entities)
    {
        await using var context = database.CreateContext();
        context.AddRange(entities);
        await context.SaveChangesAsync(Token);
    }
}
