namespace Boona.Web.Resources;

/// <summary>The outbox: the admin page, the message lists on the inquiry and therapist pages, the text dialog.</summary>
public sealed class OutboxTexts;
