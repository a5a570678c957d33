using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;
using DebtHub.GraphQL.Validation;

namespace DebtHub.GraphQL.Execution;

/// <summary>The pipeline's validation step: the spec §5 rules (one walk), reported as request errors.</summary>
internal static class Pipeline
{
    private static readonly IReadOnlyDictionary<string, object?> ValidationFailed =
        new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed };

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, int maxErrors)
    {
        var errors = DocumentValidator.Validate(schema, document, maxErrors);
        if (errors.Count == 0)
        {
            return [];
        }
        var result = new GraphQLError[errors.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var locations = errors[i].Locations.Select(l => new ErrorLocation(l.Line, l.Column)).ToArray();
            result[i] = new GraphQLError(errors[i].Message, locations, null, ValidationFailed);
        }
        return result;
    }
}
