using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Infrastructure.FollowUp;

public static class FollowUpServiceCollectionExtensions
{
    /// <summary>Reminders and follow-up calls for unanswered inquiries, and the job that plans them.</summary>
    public static IServiceCollection AddFollowUp(this IServiceCollection services)
    {
        services.AddOptions<FollowUpOptions>().BindConfiguration(FollowUpOptions.Section);
        services.AddTransient<InquiryFollowUp>();
        services.AddBoonaJob<InquiryFollowUpJob>(InquiryFollowUpJob.Name, InquiryFollowUpJob.Schedule);
        return services;
    }
}
