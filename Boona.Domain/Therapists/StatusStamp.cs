namespace Boona.Domain.Therapists;

/// <summary>When and by whom a therapist's status changes: the instant, the German calendar day it falls on, the actor.</summary>
/// <param name="At">The instant of the change.</param>
/// <param name="Today">The German day of <paramref name="At"/>: blocks start and are checked against it.</param>
/// <param name="By">A staff member's e-mail or <c>API: &lt;key name&gt;</c>.</param>
public sealed record StatusStamp(DateTimeOffset At, DateOnly Today, string By);
