using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Web.Security;

public sealed record StaffUserRow(string Id, string Email, string DisplayName, string? Role, bool IsDisabled, DateTimeOffset? LockoutEnd, bool TwoFactorEnabled = false);

public sealed record StaffUserPage(IReadOnlyList<StaffUserRow> Rows, int Total);

/// <summary>The staff accounts for the admin list: searched, sorted and paged in the database, role included in the same query.</summary>
public sealed class StaffUserQueries(IDbContextFactory<BoonaDbContext> contextFactory)
{
    public async Task<StaffUserPage> ListAsync(string? search, int skip, int take, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var users = context.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Identity keeps upper-case copies of the e-mail; the display name is matched as typed.
            var upper = search.Trim().ToUpperInvariant();
            var text = search.Trim();
            users = users.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.Contains(text));
        }

        var total = await users.CountAsync(cancellationToken);
        var rows = await users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip(skip).Take(take)
            .Select(u => new StaffUserRow(
                u.Id,
                u.Email!,
                u.DisplayName,
                context.UserRoles.Where(r => r.UserId == u.Id).Join(context.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
                u.IsDisabled,
                u.LockoutEnd,
                u.TwoFactorEnabled))
            .ToListAsync(cancellationToken);
        return new StaffUserPage(rows, total);
    }
}
