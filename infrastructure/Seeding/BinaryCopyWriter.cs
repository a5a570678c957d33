using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Infrastructure.Seeding;

/// <summary>
/// Writes seed rows with PostgreSQL binary COPY, column for column as 0001_initial.sql declares them. One COPY per
/// table per chunk, all on the caller's connection and transaction.
/// </summary>
internal static class BinaryCopyWriter
{
    public static async Task WriteAsync(NpgsqlConnection connection, SeedFoundation foundation, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "creditors (id, name, regime, created_at, maximum_plan_term_months, minimum_installment, settlement_floor_percent)",
            foundation.Creditors, static (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Uuid);
                w.Write(r.Name, NpgsqlDbType.Varchar);
                w.Write(r.Regime, NpgsqlDbType.Varchar);
                w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
                w.Write(r.MaximumPlanTermMonths, NpgsqlDbType.Integer);
                w.Write(r.MinimumInstallment, NpgsqlDbType.Numeric);
                w.Write(r.SettlementFloorPercent, NpgsqlDbType.Numeric);
            }, cancellationToken);
        await CopyAsync(connection, "portfolios (id, creditor_id, name, placed_on, created_at)", foundation.Portfolios, static (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Uuid);
            w.Write(r.CreditorId, NpgsqlDbType.Uuid);
            w.Write(r.Name, NpgsqlDbType.Varchar);
            w.Write(r.PlacedOn, NpgsqlDbType.Date);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

        // Teams and collectors point at each other: teams first without supervisors, then collectors, then supervisors.
        await CopyAsync(connection, "teams (id, name, supervisor_id, created_at)", foundation.Teams, static (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Uuid);
            w.Write(r.Name, NpgsqlDbType.Varchar);
            w.WriteNull();
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);
        await CopyAsync(connection, "collectors (id, user_name, display_name, role, team_id, languages, state_licences, is_active, created_at)",
            foundation.Collectors, static (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Uuid);
                w.Write(r.UserName, NpgsqlDbType.Varchar);
                w.Write(r.DisplayName, NpgsqlDbType.Varchar);
                w.Write(r.Role, NpgsqlDbType.Varchar);
                Nullable(w, r.TeamId, NpgsqlDbType.Uuid);
                w.Write(r.Languages, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(r.StateLicences, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(r.IsActive, NpgsqlDbType.Boolean);
                w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
            }, cancellationToken);
        foreach (var team in foundation.Teams.Where(t => t.SupervisorId is not null))
        {
            await using var update = new NpgsqlCommand("update teams set supervisor_id = $1 where id = $2", connection)
            {
                Parameters = { new() { Value = team.SupervisorId!.Value }, new() { Value = team.Id } },
            };
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task WriteAsync(NpgsqlConnection connection, SeedChunk chunk, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "debtors (id, kind, first_name, middle_name, last_name, business_name, date_of_birth, ssn_cipher, ssn_last_four, ssn_match_hash, preferred_language, deceased_died_on, deceased_source, deceased_reported_at, bankruptcy_chapter, bankruptcy_case_number, bankruptcy_filed_on, bankruptcy_source, bankruptcy_reported_at, military_active_since, military_active_until, military_source, stated_location, created_at)",
            chunk.Debtors, static (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Uuid);
                w.Write(r.Kind, NpgsqlDbType.Varchar);
                Nullable(w, r.FirstName, NpgsqlDbType.Varchar);
                Nullable(w, r.MiddleName, NpgsqlDbType.Varchar);
                Nullable(w, r.LastName, NpgsqlDbType.Varchar);
                Nullable(w, r.BusinessName, NpgsqlDbType.Varchar);
                Nullable(w, r.DateOfBirth, NpgsqlDbType.Date);
                Nullable(w, r.SsnCipher, NpgsqlDbType.Bytea);
                Nullable(w, r.SsnLastFour, NpgsqlDbType.Char);
                Nullable(w, r.SsnMatchHash, NpgsqlDbType.Bytea);
                w.Write(r.PreferredLanguage, NpgsqlDbType.Varchar);
                Nullable(w, r.DeceasedDiedOn, NpgsqlDbType.Date);
                Nullable(w, r.DeceasedSource, NpgsqlDbType.Varchar);
                Nullable(w, r.DeceasedReportedAt, NpgsqlDbType.TimestampTz);
                Nullable(w, r.BankruptcyChapter, NpgsqlDbType.Integer);
                Nullable(w, r.BankruptcyCaseNumber, NpgsqlDbType.Varchar);
                Nullable(w, r.BankruptcyFiledOn, NpgsqlDbType.Date);
                Nullable(w, r.BankruptcySource, NpgsqlDbType.Varchar);
                Nullable(w, r.BankruptcyReportedAt, NpgsqlDbType.TimestampTz);
                Nullable(w, r.MilitaryActiveSince, NpgsqlDbType.Date);
                Nullable(w, r.MilitaryActiveUntil, NpgsqlDbType.Date);
                Nullable(w, r.MilitarySource, NpgsqlDbType.Varchar);
                Nullable(w, r.StatedLocation, NpgsqlDbType.Varchar);
                w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
            }, cancellationToken);
        await CopyAsync(connection, "debtor_addresses (id, debtor_id, type, line1, line2, city, state, zip, country, status, source, first_seen_at, last_seen_at)",
            chunk.Addresses, static (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Uuid);
                w.Write(r.DebtorId, NpgsqlDbType.Uuid);
                w.Write(r.Type, NpgsqlDbType.Varchar);
                w.Write(r.Line1, NpgsqlDbType.Varchar);
                Nullable(w, r.Line2, NpgsqlDbType.Varchar);
                w.Write(r.City, NpgsqlDbType.Varchar);
                w.Write(r.State, NpgsqlDbType.Char);
                w.Write(r.Zip, NpgsqlDbType.Varchar);
                w.Write("US", NpgsqlDbType.Char);
                w.Write(r.Status, NpgsqlDbType.Varchar);
                w.Write(r.Source, NpgsqlDbType.Varchar);
                w.Write(r.FirstSeenAt, NpgsqlDbType.TimestampTz);
                w.Write(r.LastSeenAt, NpgsqlDbType.TimestampTz);
            }, cancellationToken);
        await CopyAsync(connection, "debtor_phones (id, debtor_id, number, line_type, status, source, is_work_number, employer_prohibits_calls, do_not_call_since, texts_opted_out, added_at)",
            chunk.Phones, static (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Uuid);
                w.Write(r.DebtorId, NpgsqlDbType.Uuid);
                w.Write(r.Number, NpgsqlDbType.Varchar);
                w.Write(r.LineType, NpgsqlDbType.Varchar);
                w.Write(r.Status, NpgsqlDbType.Varchar);
                w.Write(r.Source, NpgsqlDbType.Varchar);
                w.Write(r.IsWorkNumber, NpgsqlDbType.Boolean);
                w.Write(r.EmployerProhibitsCalls, NpgsqlDbType.Boolean);
                Nullable(w, r.DoNotCallSince, NpgsqlDbType.TimestampTz);
                w.Write(r.TextsOptedOut, NpgsqlDbType.Boolean);
                w.Write(r.AddedAt, NpgsqlDbType.TimestampTz);
            }, cancellationToken);
        await CopyAsync(connection, "phone_consents (id, phone_id, scope, source, obtained_at, revoked_at)", chunk.Consents, static (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Uuid);
            w.Write(r.PhoneId, NpgsqlDbType.Uuid);
            w.Write(r.Scope, NpgsqlDbType.Varchar);
            w.Write(r.Source, NpgsqlDbType.Varchar);
            w.Write(r.ObtainedAt, NpgsqlDbType.TimestampTz);
            Nullable(w, r.RevokedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);
        await CopyAsync(connection, "debtor_emails (id, debtor_id, address, is_work_email, source, opted_out_at, added_at)", chunk.Emails, static (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Uuid);
            w.Write(r.DebtorId, NpgsqlDbType.Uuid);
            w.Write(r.Address, NpgsqlDbType.Varchar);
            w.Write(r.IsWorkEmail, NpgsqlDbType.Boolean);
            w.Write(r.Source, NpgsqlDbType.Varchar);
            Nullable(w, r.OptedOutAt, NpgsqlDbType.TimestampTz);
            w.Write(r.AddedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);
        await CopyAsync(connection, "inconvenient_times (id, debtor_id, phone_id, days, start_local, end_local, time_zone_id, stated_at)",
            chunk.InconvenientTimes, static (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Uuid);
                w.Write(r.DebtorId, NpgsqlDbType.Uuid);
                Nullable(w, r.PhoneId, NpgsqlDbType.Uuid);
                w.Write(r.Days, NpgsqlDbType.Array | NpgsqlDbType.Smallint);
                w.Write(r.StartLocal, NpgsqlDbType.Time);
                w.Write(r.EndLocal, NpgsqlDbType.Time);
                w.Write(r.TimeZoneId, NpgsqlDbType.Varchar);
                w.Write(r.StatedAt, NpgsqlDbType.TimestampTz);
            }, cancellationToken);
        await CopyAsync(connection, "accounts (id, debtor_id, creditor_id, portfolio_id, creditor_account_number, original_creditor, current_creditor, type, currency, itemization_date, itemization_amount, charge_off_date, delinquency_date, last_payment_date, statute_of_limitations_date, governing_state, status, assigned_collector_id, first_communication_at, validation_notice_sent_at, validation_period_ends_on, placed_at, principal_balance, interest_balance, fee_balance)",
            chunk.Accounts, static (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Uuid);
                w.Write(r.DebtorId, NpgsqlDbType.Uuid);
                w.Write(r.CreditorId, NpgsqlDbType.Uuid);
                w.Write(r.PortfolioId, NpgsqlDbType.Uuid);
                w.Write(r.CreditorAccountNumber, NpgsqlDbType.Varchar);
                w.Write(r.OriginalCreditor, NpgsqlDbType.Varchar);
                w.Write(r.CurrentCreditor, NpgsqlDbType.Varchar);
                w.Write(r.Type, NpgsqlDbType.Varchar);
                w.Write(r.Currency, NpgsqlDbType.Char);
                w.Write(r.ItemizationDate, NpgsqlDbType.Date);
                w.Write(r.ItemizationAmount, NpgsqlDbType.Numeric);
                Nullable(w, r.ChargeOffDate, NpgsqlDbType.Date);
                Nullable(w, r.DelinquencyDate, NpgsqlDbType.Date);
                Nullable(w, r.LastPaymentDate, NpgsqlDbType.Date);
                Nullable(w, r.StatuteOfLimitationsDate, NpgsqlDbType.Date);
                w.Write(r.GoverningState, NpgsqlDbType.Char);
                w.Write(r.Status, NpgsqlDbType.Varchar);
                Nullable(w, r.AssignedCollectorId, NpgsqlDbType.Uuid);
                Nullable(w, r.FirstCommunicationAt, NpgsqlDbType.TimestampTz);
                Nullable(w, r.ValidationNoticeSentAt, NpgsqlDbType.TimestampTz);
                Nullable(w, r.ValidationPeriodEndsOn, NpgsqlDbType.Date);
                w.Write(r.PlacedAt, NpgsqlDbType.TimestampTz);
                w.Write(r.PrincipalBalance, NpgsqlDbType.Numeric);
                w.Write(r.InterestBalance, NpgsqlDbType.Numeric);
                w.Write(r.FeeBalance, NpgsqlDbType.Numeric);
            }, cancellationToken);
        await CopyAsync(connection, "account_holds (id, account_id, kind, reason, details, placed_at, placed_by, lifted_at, lifted_by, lift_reason)",
            chunk.Holds, static (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Uuid);
                w.Write(r.AccountId, NpgsqlDbType.Uuid);
                w.Write(r.Kind, NpgsqlDbType.Varchar);
                w.Write(r.Reason, NpgsqlDbType.Varchar);
                Nullable(w, r.Details, NpgsqlDbType.Varchar);
                w.Write(r.PlacedAt, NpgsqlDbType.TimestampTz);
                w.Write(r.PlacedBy, NpgsqlDbType.Varchar);
                Nullable(w, r.LiftedAt, NpgsqlDbType.TimestampTz);
                Nullable(w, r.LiftedBy, NpgsqlDbType.Varchar);
                Nullable(w, r.LiftReason, NpgsqlDbType.Varchar);
            }, cancellationToken);
        await CopyAsync(connection, "ledger_transactions (id, account_id, kind, principal_delta, interest_delta, fee_delta, currency, effective_on, posted_at, idempotency_key, related_transaction_id, reason, posted_by)",
            chunk.Ledger, static (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Uuid);
                w.Write(r.AccountId, NpgsqlDbType.Uuid);
                w.Write(r.Kind, NpgsqlDbType.Varchar);
                w.Write(r.PrincipalDelta, NpgsqlDbType.Numeric);
                w.Write(r.InterestDelta, NpgsqlDbType.Numeric);
                w.Write(r.FeeDelta, NpgsqlDbType.Numeric);
                w.Write(r.Currency, NpgsqlDbType.Char);
                w.Write(r.EffectiveOn, NpgsqlDbType.Date);
                w.Write(r.PostedAt, NpgsqlDbType.TimestampTz);
                Nullable(w, r.IdempotencyKey, NpgsqlDbType.Varchar);
                Nullable(w, r.RelatedTransactionId, NpgsqlDbType.Uuid);
                Nullable(w, r.Reason, NpgsqlDbType.Varchar);
                Nullable(w, r.PostedBy, NpgsqlDbType.Varchar);
            }, cancellationToken);
    }

    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string target, IReadOnlyList<T> rows, Action<NpgsqlBinaryImporter, T> write,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // Synchronous writes: each value lands in Npgsql's buffer, and per-value awaits would dominate at a million rows.
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow();
            write(importer, row);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static void Nullable<TValue>(NpgsqlBinaryImporter writer, TValue? value, NpgsqlDbType type)
        where TValue : class
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    private static void Nullable<TValue>(NpgsqlBinaryImporter writer, TValue? value, NpgsqlDbType type)
        where TValue : struct
    {
        if (value is { } v)
        {
            writer.Write(v, type);
        }
        else
        {
            writer.WriteNull();
        }
    }
}
