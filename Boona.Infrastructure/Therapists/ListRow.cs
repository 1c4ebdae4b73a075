using System.Linq.Expressions;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Therapists;

internal static class ListRow
{
    /// <summary>Only the list's columns leave the database; availability is evaluated there too.</summary>
    public static Expression<Func<Therapist, TherapistListRow>> Projection(Expression<Func<Therapist, bool>> isAvailable)
    {
        var therapist = isAvailable.Parameters[0];
        var available = isAvailable.Body;
        Expression<Func<Therapist, bool, TherapistListRow>> shape = (t, a) => new TherapistListRow(
            t.Id, t.Title, t.FirstName, t.LastName, t.PostalCode.Value, t.City, t.Status, t.HasKassensitz,
            t.Methods, t.KnowsBoona, a, t.NextContactAllowedOn, t.Email != null, t.Phone);
        var body = new Replace(shape.Parameters[0], therapist, shape.Parameters[1], available).Visit(shape.Body);
        return Expression.Lambda<Func<Therapist, TherapistListRow>>(body, therapist);
    }

    private sealed class Replace(ParameterExpression entity, ParameterExpression therapist, ParameterExpression flag, Expression available) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == entity ? therapist : node == flag ? available : base.VisitParameter(node);
    }
}
