namespace Boona.Infrastructure.ApiKeys;

/// <summary>What a key may do; the least a machine needs, so that a leaked website key reads no health record.</summary>
public enum ApiKeyScope
{
    /// <summary>Only create registrations (the public website's form); reads nothing.</summary>
    Registration,

    /// <summary>Read everything a coordinator reads (reporting, an integration that mirrors data); changes nothing.</summary>
    Read,

    /// <summary>Read and change what a coordinator does.</summary>
    Coordinator,

    /// <summary>Everything, admin settings included.</summary>
    Admin,
}
