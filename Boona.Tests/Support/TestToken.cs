namespace Boona.Tests.Support;

/// <summary>
/// The running test's cancellation token, imported everywhere by a global using so that an aborted run stops
/// database and HTTP calls at once instead of each test class declaring its own copy.
/// </summary>
public static class TestToken
{
    public static CancellationToken Token => TestContext.Current.CancellationToken;
}
