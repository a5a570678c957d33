using System.Linq.Expressions;

namespace DebtHub.GraphQL.Data;

/// <summary>Substitutes an expression for a lambda parameter, which is how mapped expressions compose.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Replace(Expression body, ParameterExpression parameter, Expression replacement)
        => new ParameterReplacer(parameter, replacement).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node)
        => node == parameter ? replacement : base.VisitParameter(node);
}
