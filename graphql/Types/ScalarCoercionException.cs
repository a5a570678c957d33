namespace DebtHub.GraphQL.Types;

/// <summary>A value a scalar or enum cannot represent; the message is graphql-js's wording.</summary>
public sealed class ScalarCoercionException : Exception
{
    public ScalarCoercionException()
    {
    }

    public ScalarCoercionException(string message)
        : base(message)
    {
    }

    public ScalarCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
