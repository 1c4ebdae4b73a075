using Boona.Domain.Common;

namespace Boona.Infrastructure.Therapists;

/// <summary>Expected failures of the therapist use cases; the UI translates the codes (ErrorTexts).</summary>
public static class TherapistErrors
{
    public static Error Concurrency { get; } = Error.Concurrency("The therapist was changed by someone else meanwhile; reload and try again.");

    public static Error BlockReasonRequired { get; } = new("therapist.block.reason", "A block needs a reason.", "Reason");

    public static Error BlockEndInPast { get; } = new("therapist.block.until", "A block cannot end before today.", "Until");

    public static Error NotFound(int id) => Error.NotFound("therapist.not-found", $"There is no therapist {id}.");
}
