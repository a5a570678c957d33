using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Authorization;

/// <summary>
/// <c>@authorize(roles: [...])</c>, HotChocolate's directive: on a field it guards that field, on an object type every
/// field of the type. Without roles it asks only for an authenticated user; with roles, for any one of them. Repeated
/// directives must all pass.
/// </summary>
public static class AuthorizeDirective
{
    public const string Name = "authorize";

    internal const string Definition = """
        "Only authenticated users (holding one of the roles, when roles are given) may read the field, or every field of the type."
        directive @authorize(
          "Any one of these roles suffices; none means any authenticated user."
          roles: [String!]
        ) repeatable on OBJECT | FIELD_DEFINITION
        """;

    /// <summary>Declares <c>@authorize</c> so SDL can apply it; the schema enforces it when built.</summary>
    public static SchemaBuilder AddAuthorization(this SchemaBuilder builder) => builder.AddSdl(Definition);

    /// <summary>The role sets of the @authorize directives among <paramref name="directives"/>; an empty set means any role.</summary>
    internal static IEnumerable<string[]> Requirements(IEnumerable<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != Name)
            {
                continue;
            }

            var roles = directive.Arguments.FirstOrDefault(a => a.Name.Value == "roles")?.Value;
            yield return roles switch
            {
                ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(v => v.Value)],
                StringValueNode single => [single.Value],
                _ => [],
            };
        }
    }
}
