using Npgsql;

namespace DebtHub.Infrastructure.Contact;

/// <summary>The rows of the facts batch, read result set by result set in the order <see cref="ContactFactsLoader"/> sends them.</summary>
internal sealed class ContactRows
{
    public List<AccountRow> Accounts { get; } = [];

    public List<HoldRow> Holds { get; } = [];

    public DebtorRow? Debtor { get; private set; }

    public List<PhoneRow> Phones { get; } = [];

    public List<ConsentRow> Consents { get; } = [];

    public List<AddressRow> Addresses { get; } = [];

    public List<EmailRow> Emails { get; } = [];

    public List<InconvenientRow> Inconvenient { get; } = [];

    public List<OptOutRow> OptOuts { get; } = [];

    public List<DirectConsentRow> DirectConsents { get; } = [];

    public List<CreditorRow> Creditors { get; } = [];

    public List<AttemptRow> Attempts { get; } = [];

    public async Task ReadAsync(NpgsqlDataReader r, CancellationToken cancellationToken)
    {
        while (await r.ReadAsync(cancellationToken))
        {
            Accounts.Add(new AccountRow(r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetString(3), Time(r, 4), Time(r, 5)));
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            Holds.Add(new HoldRow(r.GetGuid(0), r.GetString(1), r.GetString(2), Time(r, 3)!.Value, Time(r, 4)));
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            Debtor = new DebtorRow(r.GetGuid(0), Time(r, 1), r.IsDBNull(2) ? null : r.GetInt32(2), Time(r, 3), Text(r, 4), Time(r, 5), Time(r, 6)!.Value);
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            Phones.Add(new PhoneRow(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetBoolean(4), r.GetBoolean(5), Time(r, 6), r.GetBoolean(7), Time(r, 8)!.Value));
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            Consents.Add(new ConsentRow(r.GetGuid(0), r.GetString(1), r.GetString(2), Time(r, 3)!.Value, Time(r, 4)));
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            Addresses.Add(new AddressRow(r.GetGuid(0), r.GetString(1), r.GetString(2)));
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            Emails.Add(new EmailRow(r.GetGuid(0), r.GetString(1), r.GetBoolean(2), Time(r, 3)));
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            Inconvenient.Add(new InconvenientRow(
                r.IsDBNull(0) ? null : r.GetGuid(0), r.GetFieldValue<short[]>(1), r.GetFieldValue<TimeOnly>(2), r.GetFieldValue<TimeOnly>(3), r.GetString(4)));
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            OptOuts.Add(new OptOutRow(r.GetString(0), Text(r, 1), Time(r, 2)!.Value, Time(r, 3)));
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            DirectConsents.Add(new DirectConsentRow(r.GetFieldValue<Guid[]>(0), Time(r, 1)!.Value, Time(r, 2), Time(r, 3)));
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            Creditors.Add(new CreditorRow(
                r.GetGuid(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2), r.IsDBNull(3) ? null : r.GetFieldValue<TimeSpan>(3), r.IsDBNull(4) ? null : r.GetInt32(4)));
        }

        await r.NextResultAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            Attempts.Add(new AttemptRow(
                Time(r, 0)!.Value, r.GetString(1), Text(r, 2), r.GetString(3), r.GetFieldValue<Guid[]>(4), r.GetString(5), Text(r, 6), r.GetBoolean(7), r.GetString(8), r.GetBoolean(9)));
        }
    }

    private static DateTimeOffset? Time(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetFieldValue<DateTimeOffset>(ordinal);

    private static string? Text(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}

internal sealed record AccountRow(Guid Id, Guid DebtorId, Guid CreditorId, string Status, DateTimeOffset? FirstCommunicationAt, DateTimeOffset? ValidationNoticeSentAt);

internal sealed record HoldRow(Guid AccountId, string Kind, string Reason, DateTimeOffset PlacedAt, DateTimeOffset? LiftedAt);

internal sealed record DebtorRow(
    Guid Id, DateTimeOffset? DeceasedReportedAt, int? BankruptcyChapter, DateTimeOffset? BankruptcyReportedAt, string? StatedLocation,
    DateTimeOffset? StatedLocationAt, DateTimeOffset CreatedAt);

internal sealed record PhoneRow(
    Guid Id, string Number, string LineType, string Status, bool IsWork, bool EmployerProhibitsCalls, DateTimeOffset? DoNotCallSince,
    bool TextsOptedOut, DateTimeOffset AddedAt);

internal sealed record ConsentRow(Guid PhoneId, string Scope, string Source, DateTimeOffset ObtainedAt, DateTimeOffset? RevokedAt);

internal sealed record AddressRow(Guid Id, string Zip, string State);

internal sealed record EmailRow(Guid Id, string Address, bool IsWork, DateTimeOffset? OptedOutAt);

internal sealed record InconvenientRow(Guid? PhoneId, short[] Days, TimeOnly Start, TimeOnly End, string TimeZoneId);

internal sealed record OptOutRow(string Channel, string? Destination, DateTimeOffset RecordedAt, DateTimeOffset? RevokedAt);

internal sealed record DirectConsentRow(Guid[] AccountIds, DateTimeOffset GrantedAt, DateTimeOffset? StatedEnd, DateTimeOffset? RevokedAt);

internal sealed record CreditorRow(Guid Id, string Regime, int? MaxAttemptsPerNumberPerDay, TimeSpan? MinSpacing, int? MaxVoicemailsPerWeek);

internal sealed record AttemptRow(
    DateTimeOffset PlacedAt, string Channel, string? Mode, string Destination, Guid[] AccountIds, string Direction, string? ConnectResult,
    bool Conversation, string Exclusion, bool RespondsToConsumerRequest);
