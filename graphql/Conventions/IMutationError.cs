namespace DebtHub.GraphQL.Conventions;

/// <summary>
/// A typed mutation error: an object of a GraphQL type implementing <c>interface Error { message: String! }</c>. The
/// GraphQL type is the one named like the CLR type (so <c>NotFoundError</c> the record is <c>NotFoundError</c> the type);
/// its other fields are read from the CLR properties by name.
/// </summary>
public interface IMutationError
{
    string Message { get; }
}
