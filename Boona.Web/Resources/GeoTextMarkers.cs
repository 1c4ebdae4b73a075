namespace Boona.Web.Resources;

/// <summary>The Jobs page: job titles (<c>Job_{name}</c>), statuses, run tables.</summary>
public sealed class JobsTexts;

/// <summary>Postal codes page, location and distance display.</summary>
public sealed class GeoTexts;
