using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace Boona.Tests.Support;

/// <summary>Every routable page of the app, found at run time so that a page added later is covered by the tests that use this.</summary>
public static class AppPages
{
    /// <summary>Each route template once, with whether its page runs interactively (static pages have no circuit).</summary>
    public static IReadOnlyList<(string Template, bool Interactive)> All { get; } =
        [.. typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()
                .Select(r => (r.Template, Interactive: t.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is null)))
            .DistinctBy(p => p.Template)
            .OrderBy(p => p.Template, StringComparer.Ordinal)];
}
