using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Boona.Web.Security;

/// <summary>
/// Sign-in attempts (the password step and the code step) per client address and per account, in one-minute windows.
/// Every attempt counts, a successful one too, and an unknown e-mail address counts like a known one: a refusal must
/// not tell which addresses have accounts. The lockout still punishes wrong passwords; this keeps guessing slow before
/// that and across many accounts.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInThrottle(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _perAddress = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => RateLimits.PerMinute(limits.SignInPerAddressPerMinute)));
        _perAccount = PartitionedRateLimiter.Create<string, string>(account =>
            RateLimitPartition.GetFixedWindowLimiter(account, _ => RateLimits.PerMinute(limits.SignInPerAccountPerMinute)));
    }

    /// <summary>Null when the attempt may go ahead, else how long to wait.</summary>
    public TimeSpan? Refusal(string address, string account)
    {
        using var byAddress = _perAddress.AttemptAcquire(address);
        if (!byAddress.IsAcquired)
        {
            return RetryAfter(byAddress);
        }

        using var byAccount = _perAccount.AttemptAcquire(account);
        return byAccount.IsAcquired ? null : RetryAfter(byAccount);
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perAccount.Dispose();
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) => lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : RateLimits.Window;
}
