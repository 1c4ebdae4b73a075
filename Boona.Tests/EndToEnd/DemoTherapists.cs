using Boona.Domain.Therapists;
using Boona.Infrastructure.Inquiries;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.EndToEnd;

/// <summary>Finds what a browser test needs in the demo data instead of relying on fixed ids.</summary>
internal static class DemoTherapists
{
    /// <summary>
    /// A region of the demo data with a therapist asked through <paramref name="channel"/> who has suitable patients: by
    /// phone, an answer can be recorded at once; by e-mail, the inquiry waits for the outbox first.
    /// </summary>
    public static async Task<(string Region, int TherapistId)> WithCandidatesAsync(BrowserSession session, ContactChannel channel)
    {
        var matching = session.App.Services.GetRequiredService<MatchingQueries>();
        foreach (var region in Enumerable.Range(0, 100).Select(r => r.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)))
        {
            var loaded = (await matching.LoadRegionAsync(region, Token)).Value;
            foreach (var entry in loaded.Selection.Contactable.Where(c => InquiryCommands.ChannelFor(c.Therapist) == channel))
            {
                if ((await loaded.CandidatesForAsync(entry.Therapist, Token)).Suitable.Count > 0)
                {
                    return (region, entry.Therapist.Id);
                }
            }
        }

        throw new InvalidOperationException($"The demo data has no therapist asked by {channel} with suitable patients.");
    }
}
