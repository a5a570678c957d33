using System.Text.Json;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Results;

namespace DebtHub.GraphQL.Tests.Execution;

public sealed class ResultWriterTests
{
    [Fact]
    public void Data_keeps_selection_order_and_errors_come_first_with_message_locations_path_and_code()
    {
        var book = new ResultMap(["title", "id"]);
        book.Set(0, "Dune");
        book.Set(1, "1");
        var data = new ResultMap(["zeta", "alpha", "books"]);
        data.Set(0, 1.5);
        data.Set(1, null);
        data.Set(2, new object?[] { book, null });
        var error = new GraphQLError(
            "Cannot return null for non-nullable field Book.title.",
            [new ErrorLocation(3, 7)],
            ResultPath.Root("books").Append(1).Append("title"),
            new Dictionary<string, object?> { ["code"] = "NULL" });

        var json = ResultWriter.ToJson(ExecutionResult.FromData(data, [error]));

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Book.title.","locations":[{"line":3,"column":7}],"path":["books",1,"title"],"extensions":{"code":"NULL"}}],"data":{"zeta":1.5,"alpha":null,"books":[{"title":"Dune","id":"1"},null]}}""",
            json);
    }

    [Fact]
    public void A_request_error_has_no_data_key_and_a_failed_root_has_data_null()
    {
        var requestError = ResultWriter.ToJson(ExecutionResult.RequestError(new GraphQLError("Syntax Error: Unexpected <EOF>.")));
        var nullRoot = ResultWriter.ToJson(ExecutionResult.FromData(null, [new GraphQLError("boom", null, ResultPath.Root("a"))]));

        Assert.Equal("""{"errors":[{"message":"Syntax Error: Unexpected <EOF>."}]}""", requestError);
        Assert.Equal("""{"errors":[{"message":"boom","path":["a"]}],"data":null}""", nullRoot);
    }

    [Fact]
    public void Non_ascii_text_survives_and_json_scalars_pass_through()
    {
        var data = new ResultMap(["name", "raw"]);
        data.Set(0, "Run🏃Swim🏊 é");
        using var raw = JsonDocument.Parse("""{"a":[1,true]}""");
        data.Set(1, raw.RootElement);

        var json = ResultWriter.ToJson(ExecutionResult.FromData(data, null));

        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("Run🏃Swim🏊 é", parsed.RootElement.GetProperty("data").GetProperty("name").GetString());
        Assert.Contains("Swim", json, StringComparison.Ordinal);
        Assert.Contains(" é", json, StringComparison.Ordinal);
        Assert.EndsWith(""","raw":{"a":[1,true]}}}""", json, StringComparison.Ordinal);
    }
}
