using DebtHub.GraphQL.Data;
using DebtHub.GraphQL.Execution.Errors;

namespace DebtHub.Api.Schema;

/// <summary>
/// Opaque, globally unique ids, as Relay and HotChocolate make them: base64 of <c>Type:uuid</c>, so a client can refetch
/// any object through <c>node(id)</c> and never builds ids itself. The engine's <see cref="GlobalId"/> writes and reads
/// them; here they are tied to UUID keys, and inputs also accept the bare UUID (for tools and logs).
/// </summary>
internal static class NodeIds
{
    public static string Format(string typeName, Guid id) => GlobalId.Format(typeName, id);

    /// <summary>The type and UUID of an opaque id (or of a bare UUID, with a null type); false when it is neither.</summary>
    public static bool TryParse(string? value, out string? typeName, out Guid id)
    {
        typeName = null;
        if (string.IsNullOrEmpty(value) || value.Length > 200)
        {
            id = Guid.Empty;
            return false;
        }

        if (Guid.TryParse(value, out id))
        {
            return true;
        }

        if (!GlobalId.TryParse(value, out var type, out var key) || !Guid.TryParse(key, out id))
        {
            return false;
        }

        typeName = type;
        return true;
    }

    /// <summary>The UUID of an id that must name a <paramref name="typeName"/>; a field error for anything else.</summary>
    public static Guid Parse(string? value, string typeName)
    {
        if (TryParse(value, out var type, out var id) && (type is null || type == typeName))
        {
            return id;
        }

        throw new GraphQLException($"\"{Shorten(value)}\" is not the id of a {typeName}.", ErrorCodes.BadUserInput);
    }

    private static string Shorten(string? value) => value is null ? "" : value.Length <= 60 ? value : value[..60] + "…";
}
