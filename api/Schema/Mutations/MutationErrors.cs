using DebtHub.GraphQL.Conventions;

namespace DebtHub.Api.Schema.Mutations;

/// <summary>An id that names nothing we hold (or is not an id at all).</summary>
internal sealed record NotFoundError(string Message, string? Field, string Id) : IMutationError;

/// <summary>A required input field was missing or blank.</summary>
internal sealed record RequiredFieldError(string Message, string? Field) : IMutationError;

/// <summary>A text longer than its field allows.</summary>
internal sealed record TextTooLongError(string Message, string? Field, int MaxLength) : IMutationError;

/// <summary>Text with characters no person types: controls, NUL, unpaired surrogates, noncharacters.</summary>
internal sealed record InvalidTextError(string Message, string? Field) : IMutationError;

/// <summary>An amount of money that is not a positive, plausible amount with at most two decimals.</summary>
internal sealed record InvalidAmountError(string Message, string? Field) : IMutationError;

/// <summary>A phone number that is not E.164 (or a valid North American number).</summary>
internal sealed record InvalidPhoneError(string Message, string? Field) : IMutationError;

/// <summary>An address whose state or ZIP code is not a US one.</summary>
internal sealed record InvalidAddressError(string Message, string? Field) : IMutationError;

/// <summary>Any other value the field does not accept (dates, language tags, emails, SSNs...), with a code.</summary>
internal sealed record InvalidValueError(string Message, string? Field, string Code) : IMutationError;

/// <summary>The request is well formed but the record's state refuses it (a hold already set, a payment already reversed...).</summary>
internal sealed record ConflictError(string Message, string Code) : IMutationError;

/// <summary>The user may not make this change (not their account, or not their role).</summary>
internal sealed record NotAllowedError(string Message) : IMutationError;

/// <summary>The typed errors every DebtHub mutation may answer with, and their SDL.</summary>
internal static class MutationErrors
{
    /// <summary>Errors any mutation can meet: bad text, unknown ids, a refused state change, a refused user.</summary>
    public static readonly string[] Common =
    [
        nameof(NotFoundError), nameof(RequiredFieldError), nameof(TextTooLongError), nameof(InvalidTextError),
        nameof(InvalidValueError), nameof(ConflictError), nameof(NotAllowedError),
    ];

    public const string Sdl = """
        "An error about one field of the input; field is its dotted path (\"amount\", \"phones.0.number\"), null when no one field is at fault."
        interface InputError implements Error {
          message: String!
          field: String
        }

        "An id that names nothing (or nothing this user may see), or that is not an id at all."
        type NotFoundError implements InputError & Error {
          message: String!
          "The input field that held the id, as a dotted path (\"accountId\", \"phones.0.id\")."
          field: String
          "The id as given (cut to 100 characters)."
          id: String!
        }

        "A required input field was missing or blank."
        type RequiredFieldError implements InputError & Error {
          message: String!
          field: String
        }

        "A text longer than its field allows."
        type TextTooLongError implements InputError & Error {
          message: String!
          field: String
          "The longest text the field takes, in UTF-16 code units."
          maxLength: Int!
        }

        "Text holding characters no person types: control characters, NUL, unpaired surrogates or noncharacters."
        type InvalidTextError implements InputError & Error {
          message: String!
          field: String
        }

        "An amount that is not a plausible amount of money: zero or negative where that makes no sense, too large, more than two decimals, or not a number."
        type InvalidAmountError implements InputError & Error {
          message: String!
          field: String
        }

        "A phone number that is neither E.164 (+12125550142) nor a valid 10-digit North American number."
        type InvalidPhoneError implements InputError & Error {
          message: String!
          field: String
        }

        "An address whose state is not a USPS state or territory code, or whose ZIP code is not 12345 or 12345-6789."
        type InvalidAddressError implements InputError & Error {
          message: String!
          field: String
        }

        "A value the field does not accept; code says which check failed (INVALID_DATE, INVALID_EMAIL, INVALID_LANGUAGE...)."
        type InvalidValueError implements InputError & Error {
          message: String!
          field: String
          code: String!
        }

        "The input is well formed, but the record's current state refuses the change; code says why (HOLD_EXISTS, ALREADY_REVERSED...)."
        type ConflictError implements Error {
          message: String!
          code: String!
        }

        "The user may not make this change: the account is not assigned to them or their team, or their role does not allow it."
        type NotAllowedError implements Error {
          message: String!
        }

        """;
}
