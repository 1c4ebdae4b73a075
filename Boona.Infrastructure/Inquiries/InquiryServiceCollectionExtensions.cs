using Microsoft.Extensions.DependencyInjection;

namespace Boona.Infrastructure.Inquiries;

public static class InquiryServiceCollectionExtensions
{
    /// <summary>The inquiry engine's use cases: matching, inquiries, answers, conflicts, placements, cooling.</summary>
    public static IServiceCollection AddInquiries(this IServiceCollection services)
    {
        services.AddSingleton<RegionCache>();
        services.AddTransient<MatchingQueries>();
        services.AddTransient<InquiryCommands>();
        services.AddTransient<InquiryQueries>();
        services.AddTransient<AnswerCommands>();
        services.AddTransient<ConflictQueries>();
        services.AddTransient<PlacementCommands>();
        services.AddTransient<StandingAcceptanceQueries>();
        services.AddTransient<CoolingCommands>();
        return services;
    }
}
