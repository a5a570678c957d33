namespace DebtHub.GraphQL.Data;

/// <summary>
/// Gives mapped field expressions the query roots of other entity sets, so a relation that is not a navigation
/// (a foreign key only) still composes into the same SQL query. The API registers one per request (scoped);
/// for EF Core it is <c>db.Set&lt;T&gt;()</c>.
/// </summary>
public interface IQuerySource
{
    IQueryable<T> Set<T>()
        where T : class;
}
