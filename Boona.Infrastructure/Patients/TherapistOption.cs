namespace Boona.Infrastructure.Patients;

/// <summary>A therapist as offered in a pick list: enough to tell namesakes apart.</summary>
public sealed record TherapistOption(int Id, string Name, string PostalCode, string City)
{
    public static string NameOf(string? title, string firstName, string lastName) =>
        string.Join(' ', new[] { title, firstName, lastName }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public override string ToString() => $"{Name}, {PostalCode} {City}";
}
