namespace Boona.Web;

/// <summary>A setting or the database's state that the app must not run with; the message says what to set.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);
