using Boona.Domain.Common;

namespace Boona.Infrastructure.Therapists;

/// <summary>The failures of the therapist use cases that the entity cannot know of; its own rules are its methods' results.</summary>
public static class TherapistErrors
{
    public static Error Concurrency { get; } = Error.Concurrency("The therapist was changed by someone else meanwhile; reload and try again.");

    public static Error NotFound(int id) => Error.NotFound("therapist.not-found", $"There is no therapist {id}.");
}
