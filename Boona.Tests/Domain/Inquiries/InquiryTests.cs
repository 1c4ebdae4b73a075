using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Therapists;
using Boona.Tests.Support;

namespace Boona.Tests.Domain.Inquiries;

public sealed class InquiryTests
{
    private static Inquiry Compose(int patients = 2) =>
        Inquiry.Compose(5, ContactChannel.Email, [.. Enumerable.Range(1, patients).Select(i => (i, 100 + i))], 6, Build.Now);

    private static Inquiry Sent(int patients = 2)
    {
        var inquiry = Compose(patients);
        inquiry.MarkSent(Build.Now);
        return inquiry;
    }

    [Fact]
    public void Compose_keeps_the_patients_in_order()
    {
        var inquiry = Compose(3);

        Assert.Equal(InquiryStatus.Unsent, inquiry.Status);
        Assert.Equal([1, 2, 3], inquiry.Patients.Select(p => p.Position));
        Assert.All(inquiry.Patients, p => Assert.Equal(InquiryOutcome.Pending, p.Outcome));
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(7, 6)]
    [InlineData(3, 2)]
    public void A_bundle_holds_one_up_to_the_configured_size(int patients, int maxBundle) =>
        Assert.Throws<DomainException>(() =>
            Inquiry.Compose(5, ContactChannel.Email, [.. Enumerable.Range(1, patients).Select(i => (i, i))], maxBundle, Build.Now));

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void The_bundle_size_setting_must_lie_between_one_and_six(int maxBundle) =>
        Assert.Throws<DomainException>(() => Inquiry.Compose(5, ContactChannel.Email, [(1, 1)], maxBundle, Build.Now));

    [Fact]
    public void A_patient_cannot_appear_twice() =>
        Assert.Throws<DomainException>(() => Inquiry.Compose(5, ContactChannel.Email, [(1, 1), (1, 1)], 6, Build.Now));

    [Fact]
    public void Sending_twice_or_answering_before_sending_is_refused()
    {
        var inquiry = Compose();
        var unsent = inquiry.RecordAnswer(1, InquiryOutcome.Accepted, Build.Now);
        Assert.Equal(("inquiry.answer.unsent", ErrorKind.Conflict), (unsent.FirstError!.Code, unsent.FirstError.Kind));
        Assert.Equal(InquiryOutcome.Pending, inquiry.PatientFor(1).Outcome);

        inquiry.MarkSent(Build.Now);
        Assert.Throws<DomainException>(() => inquiry.MarkSent(Build.Now));
    }

    [Fact]
    public void The_first_answer_sets_answered_on_and_derives_the_type()
    {
        var inquiry = Sent();

        inquiry.RecordAnswer(1, InquiryOutcome.DeclinedNoCapacity, Build.Now.AddDays(2));

        Assert.Equal(Build.Now.AddDays(2), inquiry.AnsweredAt);
        Assert.Equal(AnswerType.FullRejection, inquiry.AnswerType);

        inquiry.RecordAnswer(2, InquiryOutcome.Accepted, Build.Now.AddDays(3));

        Assert.Equal(Build.Now.AddDays(2), inquiry.AnsweredAt);
        Assert.Equal(AnswerType.PartialAcceptance, inquiry.AnswerType);
    }

    [Fact]
    public void Declined_other_needs_the_reason()
    {
        var inquiry = Sent();

        Assert.False(inquiry.RecordAnswer(1, InquiryOutcome.DeclinedOther, Build.Now).IsSuccess);
        var patient = inquiry.RecordAnswer(1, InquiryOutcome.DeclinedOther, Build.Now, "Nur Privatpatienten").Value;

        Assert.Equal("Nur Privatpatienten", patient.Reason);
    }

    [Theory]
    [InlineData(InquiryOutcome.Pending)]
    [InlineData(InquiryOutcome.Withdrawn)]
    public void Pending_and_withdrawn_are_not_answers(InquiryOutcome outcome) =>
        Assert.False(Sent().RecordAnswer(1, outcome, Build.Now).IsSuccess);

    [Fact]
    public void An_acceptance_moves_on_to_sessions_or_a_no_show()
    {
        var inquiry = Sent();
        inquiry.RecordAnswer(1, InquiryOutcome.Accepted, Build.Now);
        inquiry.RecordAnswer(2, InquiryOutcome.Accepted, Build.Now);

        inquiry.RecordAnswer(1, InquiryOutcome.InSessions, Build.Now.AddDays(7));
        inquiry.RecordAnswer(2, InquiryOutcome.NoShow, Build.Now.AddDays(7));

        Assert.Equal(InquiryOutcome.InSessions, inquiry.PatientFor(1).Outcome);
        Assert.Equal(InquiryOutcome.NoShow, inquiry.PatientFor(2).Outcome);
        Assert.Equal(AnswerType.FullAcceptance, inquiry.AnswerType);
    }

    [Theory]
    [InlineData(InquiryOutcome.DeclinedNoCapacity, InquiryOutcome.Accepted)]
    [InlineData(InquiryOutcome.DeclinedNotSuitable, InquiryOutcome.InSessions)]
    [InlineData(InquiryOutcome.Accepted, InquiryOutcome.DeclinedNoCapacity)]
    [InlineData(InquiryOutcome.Accepted, InquiryOutcome.Accepted)]
    public void A_recorded_answer_cannot_turn_into_an_unrelated_one(InquiryOutcome first, InquiryOutcome second)
    {
        var inquiry = Sent();
        inquiry.RecordAnswer(1, first, Build.Now);

        var refused = inquiry.RecordAnswer(1, second, Build.Now);
        Assert.Equal(("inquiry.outcome.transition", ErrorKind.Conflict), (refused.FirstError!.Code, refused.FirstError.Kind));
        Assert.Equal(first, inquiry.PatientFor(1).Outcome);
    }

    [Theory]
    [InlineData(InquiryOutcome.Pending, InquiryOutcome.InSessions)]
    [InlineData(InquiryOutcome.Pending, InquiryOutcome.NoShow)]
    public void Sessions_and_no_shows_need_an_acceptance_first(InquiryOutcome _, InquiryOutcome outcome) =>
        Assert.False(Sent().RecordAnswer(1, outcome, Build.Now).IsSuccess);

    [Fact]
    public void An_unknown_patient_is_refused_by_its_field()
    {
        var refused = Sent().RecordAnswer(99, InquiryOutcome.Accepted, Build.Now);

        Assert.Equal(("inquiry.patient.unknown", "SearchId"), (refused.FirstError!.Code, refused.FirstError.Field));
    }

    [Fact]
    public void Withdrawing_from_an_unsent_inquiry_shrinks_it_and_cancels_it_when_empty()
    {
        var inquiry = Compose(2);

        Assert.True(inquiry.Withdraw(1, Build.Now));
        Assert.Equal(InquiryStatus.Unsent, inquiry.Status);
        Assert.Equal([2], inquiry.ActivePatients.Select(p => p.SearchId));
        Assert.False(inquiry.PatientFor(1).WithdrawalNoticePending);

        inquiry.Withdraw(2, Build.Now);
        Assert.Equal(InquiryStatus.Cancelled, inquiry.Status);
    }

    [Fact]
    public void Withdrawing_from_a_sent_inquiry_owes_the_therapist_a_notice()
    {
        var inquiry = Sent(2);

        inquiry.Withdraw(1, Build.Now);

        Assert.Equal(InquiryStatus.Sent, inquiry.Status);
        Assert.True(inquiry.IsAwaitingAnswer);
        Assert.True(inquiry.PatientFor(1).WithdrawalNoticePending);
        inquiry.MarkWithdrawalNoticeSent(1);
        Assert.False(inquiry.PatientFor(1).WithdrawalNoticePending);
    }

    [Fact]
    public void A_sent_inquiry_emptied_by_placements_elsewhere_is_closed_but_still_takes_a_crossing_acceptance()
    {
        var inquiry = Sent(2);

        inquiry.Withdraw(1, Build.Now);
        inquiry.Withdraw(2, Build.Now);

        Assert.Equal(InquiryStatus.Cancelled, inquiry.Status);
        Assert.False(inquiry.IsAwaitingAnswer);
        Assert.All(inquiry.Patients, p => Assert.True(p.WithdrawalNoticePending));

        inquiry.RecordAnswer(2, InquiryOutcome.Accepted, Build.Now.AddHours(1));
        Assert.True(inquiry.PatientFor(2).IsConflict);
        Assert.False(inquiry.RecordAnswer(1, InquiryOutcome.DeclinedNoCapacity, Build.Now.AddHours(2)).IsSuccess);
    }

    [Fact]
    public void A_cancelled_inquiry_takes_no_answers()
    {
        var inquiry = Sent(1);
        inquiry.Cancel("Doppelt angelegt", Build.Now);

        Assert.False(inquiry.RecordAnswer(1, InquiryOutcome.Accepted, Build.Now).IsSuccess);
    }

    [Fact]
    public void An_answered_patient_is_not_withdrawn()
    {
        var inquiry = Sent();
        inquiry.RecordAnswer(1, InquiryOutcome.DeclinedNoCapacity, Build.Now);

        Assert.False(inquiry.Withdraw(1, Build.Now));
        Assert.Equal(InquiryOutcome.DeclinedNoCapacity, inquiry.PatientFor(1).Outcome);
    }

    [Fact]
    public void An_acceptance_after_withdrawal_is_recorded_as_a_conflict()
    {
        var inquiry = Sent();
        inquiry.Withdraw(1, Build.Now);

        inquiry.RecordAnswer(1, InquiryOutcome.Accepted, Build.Now.AddHours(2));

        var patient = inquiry.PatientFor(1);
        Assert.Equal(InquiryOutcome.Accepted, patient.Outcome);
        Assert.True(patient.IsConflict);
        Assert.False(patient.WithdrawalNoticePending);
    }

    [Fact]
    public void Only_an_acceptance_can_be_marked_as_conflict()
    {
        var inquiry = Sent();
        Assert.Throws<DomainException>(() => inquiry.MarkConflict(1));

        inquiry.RecordAnswer(1, InquiryOutcome.Accepted, Build.Now);
        inquiry.MarkConflict(1);
        Assert.True(inquiry.PatientFor(1).IsConflict);
    }

    [Fact]
    public void A_cancelled_inquiry_takes_no_answers_and_cannot_be_cancelled_again()
    {
        var inquiry = Sent();
        inquiry.Cancel("Praxis geschlossen", Build.Now);

        Assert.False(inquiry.RecordAnswer(1, InquiryOutcome.Accepted, Build.Now).IsSuccess);
        Assert.Throws<DomainException>(() => inquiry.Cancel("nochmal", Build.Now));
        Assert.False(inquiry.Withdraw(1, Build.Now));
    }

    [Fact]
    public void A_reminder_needs_a_sent_inquiry()
    {
        Assert.Throws<DomainException>(() => Compose().MarkReminderSent(Build.Now));

        var inquiry = Sent();
        inquiry.MarkReminderSent(Build.Now.AddDays(7));
        Assert.Equal(Build.Now.AddDays(7), inquiry.ReminderSentAt);
    }
}
