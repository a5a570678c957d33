namespace DebtHub.GraphQL.Execution.Errors;

/// <summary>The <c>extensions.code</c> values the engine itself produces.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    public const string UnexpectedError = "UNEXPECTED_EXECUTION_ERROR";
    public const string Timeout = "EXECUTION_TIMEOUT";
    public const string Cancelled = "EXECUTION_CANCELLED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
    public const string BadRequest = "BAD_REQUEST";
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
