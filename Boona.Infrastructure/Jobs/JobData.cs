using Quartz;

namespace Boona.Infrastructure.Jobs;

/// <summary>Keys a manual start puts into the job data; a scheduled firing carries none of them.</summary>
public static class JobData
{
    public const string TriggeredBy = "boona.triggeredBy";

    public static JobDataMap Manual(string user, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var map = new JobDataMap { [TriggeredBy] = user };
        foreach (var (key, value) in parameters ?? new Dictionary<string, string>())
        {
            map[key] = value;
        }

        return map;
    }

    public static string? Get(IJobExecutionContext context, string key) =>
        context.MergedJobDataMap.TryGetValue(key, out var value) ? value as string : null;
}
