using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Boona.Infrastructure.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Quartz in this process: the in-memory store on SQLite (one instance), the clustered ADO store on
    /// PostgreSQL so that several instances run each firing once. Its tables come from a migration.
    /// </summary>
    public static IServiceCollection AddBoonaJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddSingleton(options);
        services.AddSingleton<JobRunRecorder>();
        services.AddTransient<JobQueries>();
        services.AddTransient<JobCommands>();
        services.AddTransient<JobScheduleCommands>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "Boona");
            if (database.Provider == DatabaseProvider.Postgres)
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(NpgsqlFactory.Instance, database.PostgresConnectionString!);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering();
                    store.ConfigureStore(s => s.TablePrefix = QuartzSchema.TablePrefix);
                });
            }
            else
            {
                q.UseInMemoryStore();
            }
        });
        if (options.Enabled)
        {
            // Before the scheduler starts, so that no firing of a replaced default slips through.
            services.AddHostedService<StoredJobSchedules>();
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
            services.AddHostedService<JobRunJanitor>();
        }

        return services;
    }

    /// <summary>Registers a job with its fixed identity and, when given, its schedule (cron in German time).</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="name">The job's fixed identity, see <see cref="JobDefinition"/>.</param>
    /// <param name="cron">Quartz cron expression in German time; null: on demand only.</param>
    /// <param name="startedFrom">The page that starts a job needing input, see <see cref="JobDefinition.StartedFrom"/>.</param>
    /// <param name="scheduleEditable">Admins may change the schedule (weekdays and a time), see <see cref="JobDefinition.ScheduleEditable"/>; needs a weekly <paramref name="cron"/> of the form <c>0 m h ? * DAYS</c>.</param>
    public static IServiceCollection AddBoonaJob<TJob>(this IServiceCollection services, string name, string? cron, string? startedFrom = null, bool scheduleEditable = false)
        where TJob : BoonaJob
    {
        if (scheduleEditable && WeeklySchedule.FromCron(cron) is null)
        {
            throw new ArgumentException($"An editable schedule starts from weekdays and a time ('0 m h ? * MON'), not '{cron}'.", nameof(cron));
        }

        var definition = new JobDefinition(name, typeof(TJob), cron, startedFrom, scheduleEditable);
        services.AddSingleton(definition);
        services.AddQuartz(q =>
        {
            q.AddJob<TJob>(j => j.WithIdentity(definition.Key).StoreDurably().WithDescription(name));
            if (cron is not null)
            {
                q.AddTrigger(t => t
                    .ForJob(definition.Key)
                    .WithIdentity(definition.ScheduleKey)
                    .WithCronSchedule(cron, c => c.InTimeZone(BoonaTime.Zone)));
            }
        });
        return services;
    }
}
