using System.Globalization;

namespace Boona.Domain.Matching;

/// <summary>The region list's order: tier, then therapists with e-mail before phone-only ones, then name.</summary>
public sealed class TherapistOrder : IComparer<SelectedTherapist>
{
    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);

    public static TherapistOrder Instance { get; } = new();

    public int Compare(SelectedTherapist? x, SelectedTherapist? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var byTier = x.Tier.CompareTo(y.Tier);
        if (byTier != 0)
        {
            return byTier;
        }

        var byChannel = x.IsPhoneOnly.CompareTo(y.IsPhoneOnly);
        return byChannel != 0 ? byChannel : CompareNames(x.Therapist, y.Therapist);
    }

    public static int CompareNames(Therapists.Therapist x, Therapists.Therapist y)
    {
        var byLast = Names.Compare(x.LastName, y.LastName);
        if (byLast != 0)
        {
            return byLast;
        }

        var byFirst = Names.Compare(x.FirstName, y.FirstName);
        return byFirst != 0 ? byFirst : x.Id.CompareTo(y.Id);
    }
}
