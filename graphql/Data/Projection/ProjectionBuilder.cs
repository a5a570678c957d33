using System.Linq.Expressions;
using System.Reflection;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Turns a selection into one expression <c>entity =&gt; new ProjectedRow(...)</c> that reads only the selected
/// fields: members become columns, related objects become joins (a navigation, or a correlated
/// <c>FirstOrDefault</c>), lists become nested collections, all inside the one query the provider translates.
/// </summary>
internal sealed class ProjectionBuilder(SelectionContext selections, Expression querySource)
{
    private static readonly MethodInfo CreateRow = typeof(ProjectedRow).GetMethod(nameof(ProjectedRow.Create))!;

    private static readonly MethodInfo FormatId = typeof(GlobalId).GetMethod(nameof(GlobalId.Format))!;

    /// <summary>The row of <paramref name="mapping"/>'s entity for the fields <paramref name="selectionSets"/> select.</summary>
    public Expression Build(
        ObjectMapping mapping, Expression entity, IReadOnlyList<SelectionSetNode> selectionSets,
        IReadOnlyList<KeyValuePair<string, Expression>>? extra = null)
    {
        var names = new List<string>();
        var values = new List<Expression>();
        foreach (var (name, nodes) in selections.Collect(mapping.TypeName, selectionSets))
        {
            if (mapping.GetField(name) is { HasArguments: true, Shape: FieldShape.ObjectList })
            {
                // Aliases may pass different arguments: each gets its own entry, read back by FieldMapping.ReadEntry.
                foreach (var alias in nodes.GroupBy(FieldMapping.EntryName))
                {
                    names.Add(alias.Key);
                    values.Add(Expression.Convert(Project(mapping, entity, name, [.. alias])!, typeof(object)));
                }
                continue;
            }
            if (Project(mapping, entity, name, nodes) is { } value)
            {
                names.Add(name);
                values.Add(Expression.Convert(value, typeof(object)));
            }
        }
        foreach (var (name, value) in mapping.Required)
        {
            names.Add(name);
            values.Add(Expression.Convert(Bind(value, entity), typeof(object)));
        }
        if (extra is not null)
        {
            foreach (var (name, value) in extra)
            {
                names.Add(name);
                values.Add(Expression.Convert(value, typeof(object)));
            }
        }
        return Expression.Call(CreateRow, Expression.Constant(string.Join('\n', names)), Expression.NewArrayInit(typeof(object), values));
    }

    private Expression? Project(ObjectMapping mapping, Expression entity, string name, List<FieldNode> nodes)
    {
        if (mapping.GetField(name) is not { } field)
        {
            return null;
        }
        var bound = field.Bind(entity, querySource);
        if (field.IsGlobalId)
        {
            return Expression.Call(FormatId, Expression.Constant(mapping.TypeName), Expression.Convert(bound, typeof(object)));
        }
        switch (field.Shape)
        {
            case FieldShape.Object:
                return ProjectOne(field.Target!, bound, SelectionContext.SubSelections(nodes));
            case FieldShape.ObjectList:
                return ProjectMany(field.Target!, Arrange(mapping, field, bound, nodes[0]), SelectionContext.SubSelections(nodes));
            default:
                return bound;
        }
    }

    /// <summary>A related object: a correlated <c>FirstOrDefault</c> projects inside the subquery, a navigation behind a null check.</summary>
    private Expression ProjectOne(ObjectMapping target, Expression related, List<SelectionSetNode> selectionSets)
    {
        if (Relations.AsSingleQuery(related) is { } single)
        {
            var item = Expression.Parameter(target.ClrType, "x");
            var row = Expression.Lambda(Build(target, item, selectionSets), item);
            return Relations.FirstOrDefault(Relations.Select(single, row));
        }
        var projected = Build(target, related, selectionSets);
        return Expression.Condition(
            Expression.Equal(related, Expression.Constant(null, related.Type)),
            Expression.Constant(null, typeof(ProjectedRow)),
            projected);
    }

    /// <summary>
    /// A nested list field whose SDL declares <c>where</c>, <c>order</c> and/or <c>first</c> (or <c>take</c>) gets them
    /// applied inside the projection, e.g. <c>contactAttempts(order: [{ at: DESC }], first: 20)</c>: still one query.
    /// </summary>
    private Expression Arrange(ObjectMapping owner, FieldMapping field, Expression related, FieldNode node)
    {
        if (node.Arguments.Count == 0 && !HasDefaults(owner, field)
            || selections.Schema.GetType(owner.TypeName) is not Types.ObjectType type || type.GetField(field.Name) is not { Arguments.Count: > 0 } definition)
        {
            return related;
        }
        var arguments = Execution.Coercion.InputCoercion.CoerceArgumentValues(definition.Arguments, node, selections.Variables);
        var target = field.Target!;
        if (field.Options?.ArgumentFilter?.Invoke(arguments) is { } extra)
        {
            related = Relations.Where(related, extra);
        }
        if (arguments.GetValueOrDefault("where") is IReadOnlyDictionary<string, object?> { Count: > 0 } filter)
        {
            related = Relations.Where(related, new FilterBuilder(querySource).Predicate(target, filter));
        }
        if (arguments.GetValueOrDefault("order") is IEnumerable<object?> order)
        {
            var item = Expression.Parameter(target.ClrType, "o");
            var keys = SortBuilder.Build(target, item, order, querySource);
            for (var i = 0; i < keys.Count; i++)
            {
                related = Relations.Order(related, Expression.Lambda(keys[i].Value, item), keys[i].Descending, first: i == 0);
            }
        }
        var limit = field.Options?.LimitArgument is { } limitArgument
            ? arguments.GetValueOrDefault(limitArgument)
            : arguments.GetValueOrDefault("first") ?? arguments.GetValueOrDefault("take");
        if (limit is int count)
        {
            if (count < 0)
            {
                throw new Execution.Errors.GraphQLException($"The limit of {owner.TypeName}.{field.Name} must be a non-negative integer.", "HC0052");
            }
            related = Relations.Take(related, count);
        }
        return related;
    }

    private bool HasDefaults(ObjectMapping owner, FieldMapping field)
        => selections.Schema.GetType(owner.TypeName) is Types.ObjectType type && type.GetField(field.Name) is { } definition
            && definition.Arguments.Any(a => a.HasDefaultValue);

    private Expression ProjectMany(ObjectMapping target, Expression related, List<SelectionSetNode> selectionSets)
    {
        var item = Expression.Parameter(target.ClrType, "x");
        var row = Expression.Lambda(Build(target, item, selectionSets), item);
        return Relations.ToList(Relations.Select(related, row));
    }

    private Expression Bind(LambdaExpression lambda, Expression entity)
        => ParameterReplacer.Replace(lambda.Body, lambda.Parameters[0], entity);
}
