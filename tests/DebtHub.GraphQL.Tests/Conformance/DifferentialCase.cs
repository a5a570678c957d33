using System.Text.Json;
using System.Text.Json.Nodes;

namespace DebtHub.GraphQL.Tests.Conformance;

/// <summary>One request of the differential suite: the document, its variables (JSON) and the operation to run.</summary>
public sealed record DifferentialCase(string Name, string Query, string? VariablesJson, string? OperationName)
{
    public override string ToString() => Name;

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["query"] = Query };
        if (VariablesJson is not null)
        {
            json["variables"] = JsonNode.Parse(VariablesJson);
        }
        if (OperationName is not null)
        {
            json["operationName"] = OperationName;
        }
        return json;
    }

    public JsonElement? Variables => VariablesJson is null ? null : JsonDocument.Parse(VariablesJson).RootElement.Clone();
}
