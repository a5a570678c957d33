using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Domain.Notes;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Notes;

/// <summary>Collectors' and supervisors' notes on accounts and debtors.</summary>
internal static class NotesMutations
{
    private const string Sdl = """
        "A note on an account (and so its debtor) or on a debtor as a whole: give accountId or debtorId."
        input AddNoteInput {
          accountId: ID
          debtorId: ID
          "The note as written, up to 4,000 characters; line breaks kept."
          body: String!
        }

        """;

    public static SchemaBuilder AddNotesMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .AddDebtHubMutation(
            new MutationField("addNote", "note", "Note", [])
            {
                Description = "Writes a note; notes are kept as written, a correction is a new note.",
                Directives = DebtHubMutations.Authorize(Roles.Collector, Roles.Supervisor, Roles.Admin),
            },
            AddNoteAsync);

    private static async Task<MutationResult> AddNoteAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.OptionalId("accountId", "Account");
        var debtorId = input.OptionalId("debtorId", "Debtor");
        var body = input.Text("body", 4000, required: true, multiline: true);
        if (accountId is null && debtorId is null && !input.HasErrors)
        {
            input.Fail(new RequiredFieldError("A note belongs to an account or a debtor: give accountId or debtorId.", input.Path("accountId")));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var debtor = await request.DebtorOfAsync(accountId, debtorId);

        var note = Note.Write(debtor, accountId, request.Actor, body!, request.Now);
        request.Db.Notes.Add(note);
        var ids = new Dictionary<string, Guid> { ["noteId"] = note.Id };
        if (accountId is { } a)
        {
            ids["accountId"] = a;
            request.AccountChanged(a, AccountChange.NoteAdded);
        }

        request.Audit("note.added", "Debtor", debtor, ["body"], ids);
        await request.SaveAsync();
        return MutationResult.Success(note);
    }
}
