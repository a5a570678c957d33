using DebtHub.GraphQL.Data;
using DebtHub.GraphQL.Introspection;
using DebtHub.GraphQL.Tests.Data.Model;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Tests.Data;

public sealed class GeneratedSdlTests
{
    private static readonly Schema Schema = LendingFixture.Schema().AddData(LendingFixture.Model()).Build();

    private static string Printed(string typeName) => SchemaPrinter.Print(Schema)
        .Split("\n\n")
        .Single(block => block.Contains($" {typeName} ", StringComparison.Ordinal) && !block.Contains("type Query", StringComparison.Ordinal));

    [Fact]
    public void A_connection_field_gets_relay_arguments_and_hotchocolate_named_types()
    {
        var customers = Schema.Query.GetField("customers")!;

        Assert.Equal(["first", "after", "last", "before", "where", "order"], customers.Arguments.Select(a => a.Name));
        Assert.Equal("CustomersConnection", customers.Type.ToString());
        Assert.Equal("[CustomerSortInput!]", customers.GetArgument("order")!.Type.ToString());
        var connection = (ObjectType)Schema.GetType("CustomersConnection")!;
        Assert.Equal(["pageInfo: PageInfo!", "edges: [CustomersEdge!]", "nodes: [Customer!]", "totalCount: Int!"],
            connection.Fields.Select(f => $"{f.Name}: {f.Type}"));
        var edge = (ObjectType)Schema.GetType("CustomersEdge")!;
        Assert.Equal(["cursor: String!", "node: Customer!"], edge.Fields.Select(f => $"{f.Name}: {f.Type}"));
        var pageInfo = (ObjectType)Schema.GetType("PageInfo")!;
        Assert.Equal(["hasNextPage: Boolean!", "hasPreviousPage: Boolean!", "startCursor: String", "endCursor: String"],
            pageInfo.Fields.Select(f => $"{f.Name}: {f.Type}"));
    }

    [Fact]
    public void Filter_inputs_name_each_operation_input_after_the_field_type()
    {
        Assert.Equal("""
            input CustomerFilterInput {
              and: [CustomerFilterInput!]
              or: [CustomerFilterInput!]
              id: IdOperationFilterInput
              name: StringOperationFilterInput
              email: StringOperationFilterInput
              status: CustomerStatusOperationFilterInput
              createdAt: DateTimeOperationFilterInput
              phones: ListFilterInputTypeOfPhoneFilterInput
              loans: ListFilterInputTypeOfLoanFilterInput
              phoneCount: IntOperationFilterInput
            }
            """, Printed("CustomerFilterInput"));
        var strings = (InputObjectType)Schema.GetType("StringOperationFilterInput")!;
        Assert.Equal(["and", "or", "eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"],
            strings.Fields.Select(f => f.Name));
        var ints = (InputObjectType)Schema.GetType("IntOperationFilterInput")!;
        Assert.Equal(["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"], ints.Fields.Select(f => f.Name));
        var phones = (InputObjectType)Schema.GetType("ListFilterInputTypeOfPhoneFilterInput")!;
        Assert.Equal(["all: PhoneFilterInput", "none: PhoneFilterInput", "some: PhoneFilterInput", "any: Boolean"],
            phones.Fields.Select(f => $"{f.Name}: {f.Type}"));
    }

    [Fact]
    public void Sort_inputs_hold_leaves_and_nested_objects_but_not_lists_or_unsortable_fields()
    {
        Assert.Equal("""
            input LoanSortInput {
              id: SortEnumType
              reference: SortEnumType
              balance: SortEnumType
              daysLate: SortEnumType
              customer: CustomerSortInput
            }
            """, Printed("LoanSortInput"));
        Assert.DoesNotContain(((InputObjectType)Schema.GetType("LoanFilterInput")!).Fields, f => f.Name == "owed");
        var customer = (InputObjectType)Schema.GetType("CustomerSortInput")!;
        Assert.DoesNotContain(customer.Fields, f => f.Name is "phoneCount" or "phones" or "loans" or "greeting");
        Assert.Equal(["ASC", "DESC"], ((EnumType)Schema.GetType("SortEnumType")!).Values.Select(v => v.Name));
    }

    [Fact]
    public void Offset_lists_get_a_collection_segment()
    {
        var pages = Schema.Query.GetField("customerPages")!;

        Assert.Equal(["skip", "take", "where", "order"], pages.Arguments.Select(a => a.Name));
        var segment = (ObjectType)Schema.GetType("CustomerPagesCollectionSegment")!;
        Assert.Equal(["items: [Customer!]", "pageInfo: CollectionSegmentInfo!", "totalCount: Int!"], segment.Fields.Select(f => $"{f.Name}: {f.Type}"));
    }

    [Fact]
    public void Global_object_identification_adds_node_and_nodes()
    {
        Assert.Equal("Node", Schema.Query.GetField("node")!.Type.ToString());
        Assert.Equal("[Node]!", Schema.Query.GetField("nodes")!.Type.ToString());
        Assert.Equal("[ID!]!", Schema.Query.GetField("nodes")!.GetArgument("ids")!.Type.ToString());
        Assert.Equal(["Customer", "Loan"], Schema.GetPossibleTypes((InterfaceType)Schema.GetType("Node")!).Select(t => t.Name).Order());
    }

    [Fact]
    public void Fields_declared_not_filterable_stay_out_of_the_filter_input_and_extra_arguments_are_added()
    {
        var schema = SchemaBuilder.FromSdl("type Query type Phone { number: String! kind: PhoneKind! } enum PhoneKind { MOBILE LANDLINE }")
            .AddData(new DataModel()
                .Object<Phone>("Phone", phone => phone.Key(p => p.Id).Field("kind", p => p.Kind, f => f.NotFilterable()))
                .Connection<Phone>("Query.phones", _ => Enumerable.Empty<Phone>().AsQueryable(), options =>
                {
                    options.Arguments = "mobileOnly: Boolean = false";
                    options.Sorting = false;
                }))
            .Build();

        Assert.Equal(["and", "or", "number"], ((InputObjectType)schema.GetType("PhoneFilterInput")!).Fields.Select(f => f.Name));
        Assert.Equal(["first", "after", "last", "before", "where", "mobileOnly"], schema.Query.GetField("phones")!.Arguments.Select(a => a.Name));
        Assert.Null(schema.GetType("PhoneSortInput"));
    }

    [Fact]
    public void Types_the_sdl_already_defines_are_not_written_again()
    {
        var schema = SchemaBuilder.FromSdl("""
                type Query
                "Our own words."
                type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
                type Phone { number: String! }
                """)
            .AddData(new DataModel().Object<Phone>("Phone", p => p.Key(x => x.Id)).Connection<Phone>("Query.phones", _ => Enumerable.Empty<Phone>().AsQueryable()))
            .Build();

        Assert.Equal("Our own words.", schema.GetType("PageInfo")!.Description);
    }

    [Fact]
    public void Mistakes_in_the_declaration_are_reported_when_the_schema_is_built()
    {
        var typo = Assert.Throws<InvalidOperationException>(() => SchemaBuilder.FromSdl("type Query type Phone { number: String! }")
            .AddData(new DataModel().Object<Phone>("Phone", p => p.Field("numbr", x => x.Number))));
        Assert.Contains("Phone.numbr is mapped but the SDL type has no such field", typo.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<InvalidOperationException>(() => SchemaBuilder.FromSdl("type Query")
            .AddData(new DataModel().Object<Phone>("Phone")));
        Assert.Contains("its SDL has not been added", missing.Message, StringComparison.Ordinal);

        var unmapped = Assert.Throws<InvalidOperationException>(() => SchemaBuilder.FromSdl("type Query type Phone { number: String! }")
            .AddData(new DataModel().Connection<Phone>("Query.phones", _ => Enumerable.Empty<Phone>().AsQueryable())));
        Assert.Contains("which no Object<T> declaration maps", unmapped.Message, StringComparison.Ordinal);
    }
}
