using System.Text.RegularExpressions;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Persistence.Demo;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Outreach;

/// <summary>Therapists learn references and facts, never a patient's name: every e-mail to a practice from the demo data is checked.</summary>
public sealed class EmailPrivacyTests
{
    [Fact]
    public async Task No_inquiry_reminder_notice_or_thank_you_from_the_demo_data_names_a_patient()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoDataSeeder(database.Factory, new FakeTimeProvider(Build.Now)).SeedAsync(Token);
        await using var context = database.CreateContext();
        var templates = await EmailTemplates.LoadAsync(context, Token);
        var patients = await context.Patients.AsNoTracking().ToDictionaryAsync(p => p.Id, Token);
        var therapists = await context.Therapists.AsNoTracking().ToDictionaryAsync(t => t.Id, Token);
        var inquiries = await context.Inquiries.AsNoTracking().Include(i => i.Patients).ToListAsync(Token);
        var checkedMails = 0;

        foreach (var inquiry in inquiries.Where(i => therapists[i.TherapistId].Email is not null))
        {
            var therapist = therapists[inquiry.TherapistId];
            var about = inquiry.Patients.Select(p => patients[p.PatientId]).ToList();
            var references = about.Select(p => p.Reference).ToList();
            var drafts = new List<EmailDraft>
            {
                InquiryEmails.Notice(templates, TemplateKind.WithdrawalNotice, therapist, references, inquiry.Id),
                InquiryEmails.Notice(templates, TemplateKind.ConflictThankYou, therapist, references, inquiry.Id),
            };
            if (inquiry.ActivePatients.Any())
            {
                drafts.Add(InquiryEmails.Inquiry(templates, inquiry, therapist, patients, Build.Today, 4));
                drafts.Add(InquiryEmails.Reminder(templates, inquiry, therapist, patients, Build.Today, BoonaTime.ToLocalDate(inquiry.CreatedAt)));
            }

            foreach (var draft in drafts)
            {
                AssertNamesNone(draft.Subject + "\n" + draft.TextBody + "\n" + draft.HtmlBody, about, therapist.FirstName, therapist.LastName);
                checkedMails++;
            }
        }

        // And what the demo queued itself.
        var stored = await context.EmailMessages.AsNoTracking().Where(m => m.TherapistId != null).ToListAsync(Token);
        foreach (var message in stored)
        {
            var therapist = therapists[message.TherapistId!.Value];
            var about = inquiries.Where(i => i.Id == message.InquiryId).SelectMany(i => i.Patients).Select(p => patients[p.PatientId]).ToList();
            AssertNamesNone(message.Subject + "\n" + message.TextBody + "\n" + message.HtmlBody, about.Count > 0 ? about : [.. patients.Values], therapist.FirstName, therapist.LastName);
            checkedMails++;
        }

        Assert.True(checkedMails > 200, $"only {checkedMails} e-mails checked");
    }

    private static void AssertNamesNone(string mail, IEnumerable<Patient> patients, params string[] therapistNames)
    {
        foreach (var patient in patients)
        {
            // A patient who shares a name with the addressed therapist is greeted by the therapist's name, not named.
            foreach (var name in new[] { patient.FirstName, patient.LastName }.Where(n => !therapistNames.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                Assert.False(Regex.IsMatch(mail, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase), $"{patient.Reference}'s name '{name}' appears in: {mail[..Math.Min(200, mail.Length)]}");
            }
        }
    }
}
