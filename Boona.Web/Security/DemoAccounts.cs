namespace Boona.Web.Security;

/// <summary>
/// The accounts of the demo data set (embedded database only). Their passwords are public on purpose:
/// the demo database holds invented people and is never used for real work.
/// </summary>
public static class DemoAccounts
{
    public static readonly DemoAccount Coordinator = new("koordination@demo.boona.de", "Demo-Koordination-2026", "Kim Koordination", BoonaRoles.Coordinator);

    public static readonly DemoAccount Admin = new("admin@demo.boona.de", "Demo-Admin-2026", "Alex Admin", BoonaRoles.Admin);

    public static IReadOnlyList<DemoAccount> All => [Coordinator, Admin];
}

public sealed record DemoAccount(string Email, string Password, string DisplayName, string Role);
