using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Outreach.Delivery;
using Boona.Infrastructure.Outreach.Outbox;
using Boona.Infrastructure.Outreach.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Outreach;

public static class OutreachServiceCollectionExtensions
{
    /// <summary>The outbox's delivery (SMTP, or the pickup folder without <c>Smtp:Host</c>) and its job.</summary>
    public static IServiceCollection AddBoonaOutreach(this IServiceCollection services, string contentRoot)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddSingleton<IMailTransportFactory>(sp => new MailTransportFactory(sp.GetRequiredService<IOptions<SmtpOptions>>().Value, contentRoot));
        services.AddTransient<OutboxDelivery>();
        services.AddTransient<OutboxQueries>();
        services.AddTransient<OutboxCommands>();
        services.AddTransient<EmailTemplateCommands>();
        services.AddBoonaJob<OutboxDeliveryJob>(OutboxDeliveryJob.Name, OutboxDeliveryJob.Schedule);
        return services;
    }
}
