using System.Linq.Expressions;

namespace DebtHub.GraphQL.Data;

/// <summary>One ORDER BY term: an expression over the entity and its direction.</summary>
internal sealed record SortKey(Expression Value, bool Descending);
