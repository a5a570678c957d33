-- 0001: the initial DebtHub schema (reviewed; derived from the EF model with 'debthub-cli schema-script').
-- Accounts use PostgreSQL's xmin system column as their concurrency token, so it needs no column here.

CREATE TABLE audit_log (
    id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor character varying(100) NOT NULL,
    actor_role character varying(40),
    action character varying(100) NOT NULL,
    entity_type character varying(60) NOT NULL,
    entity_id uuid NOT NULL,
    details jsonb,
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
);

CREATE TABLE creditors (
    id uuid NOT NULL,
    name character varying(200) NOT NULL,
    regime character varying(40) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    maximum_plan_term_months integer NOT NULL,
    minimum_installment numeric(19,4) NOT NULL,
    settlement_floor_percent numeric(5,2) NOT NULL,
    CONSTRAINT pk_creditors PRIMARY KEY (id)
);

CREATE TABLE debtors (
    id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    first_name character varying(100),
    middle_name character varying(100),
    last_name character varying(100),
    business_name character varying(200),
    date_of_birth date,
    ssn_cipher bytea,
    ssn_last_four character(4),
    ssn_match_hash bytea,
    preferred_language character varying(35) NOT NULL,
    deceased_died_on date,
    deceased_source character varying(200),
    deceased_reported_at timestamp with time zone,
    bankruptcy_chapter integer,
    bankruptcy_case_number character varying(40),
    bankruptcy_filed_on date,
    bankruptcy_source character varying(200),
    bankruptcy_reported_at timestamp with time zone,
    military_active_since date,
    military_active_until date,
    military_source character varying(200),
    stated_location character varying(10),
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_debtors PRIMARY KEY (id)
);

CREATE TABLE portfolios (
    id uuid NOT NULL,
    creditor_id uuid NOT NULL,
    name character varying(200) NOT NULL,
    placed_on date NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_portfolios PRIMARY KEY (id),
    CONSTRAINT fk_portfolios_creditors_creditor_id FOREIGN KEY (creditor_id) REFERENCES creditors (id) ON DELETE RESTRICT
);

CREATE TABLE debtor_addresses (
    id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    type character varying(40) NOT NULL,
    line1 character varying(200) NOT NULL,
    line2 character varying(200),
    city character varying(100) NOT NULL,
    state character(2) NOT NULL,
    zip character varying(10) NOT NULL,
    country character(2) NOT NULL,
    status character varying(40) NOT NULL,
    source character varying(40) NOT NULL,
    first_seen_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_debtor_addresses PRIMARY KEY (id),
    CONSTRAINT fk_debtor_addresses_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE CASCADE
);

CREATE TABLE debtor_emails (
    id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    address character varying(254) NOT NULL,
    is_work_email boolean NOT NULL,
    source character varying(40) NOT NULL,
    opted_out_at timestamp with time zone,
    added_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_debtor_emails PRIMARY KEY (id),
    CONSTRAINT fk_debtor_emails_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE CASCADE
);

CREATE TABLE debtor_phones (
    id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    number character varying(16) NOT NULL,
    line_type character varying(40) NOT NULL,
    status character varying(40) NOT NULL,
    source character varying(40) NOT NULL,
    is_work_number boolean NOT NULL,
    employer_prohibits_calls boolean NOT NULL,
    do_not_call_since timestamp with time zone,
    texts_opted_out boolean NOT NULL,
    added_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_debtor_phones PRIMARY KEY (id),
    CONSTRAINT fk_debtor_phones_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE CASCADE
);

CREATE TABLE inconvenient_times (
    id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    phone_id uuid,
    days smallint[] NOT NULL,
    start_local time without time zone NOT NULL,
    end_local time without time zone NOT NULL,
    time_zone_id character varying(64) NOT NULL,
    stated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_inconvenient_times PRIMARY KEY (id),
    CONSTRAINT fk_inconvenient_times_debtor_phones_phone_id FOREIGN KEY (phone_id) REFERENCES debtor_phones (id) ON DELETE CASCADE,
    CONSTRAINT fk_inconvenient_times_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE CASCADE
);

CREATE TABLE phone_consents (
    id uuid NOT NULL,
    phone_id uuid NOT NULL,
    scope character varying(40) NOT NULL,
    source character varying(200) NOT NULL,
    obtained_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    CONSTRAINT pk_phone_consents PRIMARY KEY (id),
    CONSTRAINT fk_phone_consents_debtor_phones_phone_id FOREIGN KEY (phone_id) REFERENCES debtor_phones (id) ON DELETE CASCADE
);

CREATE TABLE account_holds (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    reason character varying(500) NOT NULL,
    details character varying(1000),
    placed_at timestamp with time zone NOT NULL,
    placed_by character varying(100) NOT NULL,
    lifted_at timestamp with time zone,
    lifted_by character varying(100),
    lift_reason character varying(500),
    CONSTRAINT pk_account_holds PRIMARY KEY (id)
);

CREATE TABLE accounts (
    id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    creditor_id uuid NOT NULL,
    portfolio_id uuid NOT NULL,
    creditor_account_number character varying(64) NOT NULL,
    original_creditor character varying(200) NOT NULL,
    current_creditor character varying(200) NOT NULL,
    type character varying(40) NOT NULL,
    currency character(3) NOT NULL,
    itemization_date date NOT NULL,
    itemization_amount numeric(19,4) NOT NULL,
    charge_off_date date,
    delinquency_date date,
    last_payment_date date,
    statute_of_limitations_date date,
    governing_state character(2) NOT NULL,
    status character varying(40) NOT NULL,
    assigned_collector_id uuid,
    first_communication_at timestamp with time zone,
    validation_notice_sent_at timestamp with time zone,
    validation_period_ends_on date,
    placed_at timestamp with time zone NOT NULL,
    principal_balance numeric(19,4) NOT NULL,
    interest_balance numeric(19,4) NOT NULL,
    fee_balance numeric(19,4) NOT NULL,
    CONSTRAINT pk_accounts PRIMARY KEY (id),
    CONSTRAINT ck_accounts_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT fk_accounts_creditors_creditor_id FOREIGN KEY (creditor_id) REFERENCES creditors (id) ON DELETE RESTRICT,
    CONSTRAINT fk_accounts_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE RESTRICT,
    CONSTRAINT fk_accounts_portfolios_portfolio_id FOREIGN KEY (portfolio_id) REFERENCES portfolios (id) ON DELETE RESTRICT
);

CREATE TABLE ledger_transactions (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    principal_delta numeric(19,4) NOT NULL,
    interest_delta numeric(19,4) NOT NULL,
    fee_delta numeric(19,4) NOT NULL,
    currency character(3) NOT NULL,
    effective_on date NOT NULL,
    posted_at timestamp with time zone NOT NULL,
    idempotency_key character varying(200),
    related_transaction_id uuid,
    reason character varying(500),
    posted_by character varying(100),
    CONSTRAINT pk_ledger_transactions PRIMARY KEY (id),
    CONSTRAINT fk_ledger_transactions_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT,
    CONSTRAINT fk_ledger_transactions_ledger_transactions_related_transaction_id FOREIGN KEY (related_transaction_id) REFERENCES ledger_transactions (id) ON DELETE RESTRICT
);

CREATE TABLE notes (
    id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    account_id uuid,
    author_id character varying(100) NOT NULL,
    body character varying(4000) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_notes PRIMARY KEY (id),
    CONSTRAINT fk_notes_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT fk_notes_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE CASCADE
);

CREATE TABLE collectors (
    id uuid NOT NULL,
    user_name character varying(64) NOT NULL,
    display_name character varying(100) NOT NULL,
    role character varying(40) NOT NULL,
    team_id uuid,
    languages text[] NOT NULL,
    state_licences text[] NOT NULL,
    is_active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_collectors PRIMARY KEY (id)
);

CREATE TABLE teams (
    id uuid NOT NULL,
    name character varying(100) NOT NULL,
    supervisor_id uuid,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_teams PRIMARY KEY (id),
    CONSTRAINT fk_teams_collectors_supervisor_id FOREIGN KEY (supervisor_id) REFERENCES collectors (id) ON DELETE SET NULL
);

CREATE INDEX ix_account_holds_account_id ON account_holds (account_id);

CREATE UNIQUE INDEX ux_account_holds_account_id_kind ON account_holds (account_id, kind) WHERE lifted_at IS NULL;

CREATE INDEX ix_accounts_assigned_collector_id_status ON accounts (assigned_collector_id, status);

CREATE INDEX ix_accounts_debtor_id ON accounts (debtor_id);

CREATE INDEX ix_accounts_portfolio_id ON accounts (portfolio_id);

CREATE INDEX ix_accounts_status_governing_state ON accounts (status, governing_state);

CREATE UNIQUE INDEX ux_accounts_creditor_id_creditor_account_number ON accounts (creditor_id, creditor_account_number);

CREATE INDEX ix_audit_log_actor_at ON audit_log (actor, at);

CREATE INDEX ix_audit_log_entity_type_entity_id_at ON audit_log (entity_type, entity_id, at);

CREATE INDEX ix_collectors_team_id ON collectors (team_id);

CREATE UNIQUE INDEX ux_collectors_user_name ON collectors (user_name);

CREATE UNIQUE INDEX ux_creditors_name ON creditors (name);

CREATE INDEX ix_debtor_addresses_debtor_id ON debtor_addresses (debtor_id);

CREATE INDEX ix_debtor_addresses_zip ON debtor_addresses (zip);

CREATE INDEX ix_debtor_emails_debtor_id ON debtor_emails (debtor_id);

CREATE INDEX ix_debtor_phones_number ON debtor_phones (number);

CREATE UNIQUE INDEX ux_debtor_phones_debtor_id_number ON debtor_phones (debtor_id, number);

CREATE INDEX ix_debtors_last_name_first_name_date_of_birth ON debtors (last_name, first_name, date_of_birth);

CREATE INDEX ix_debtors_ssn_match_hash ON debtors (ssn_match_hash);

CREATE INDEX ix_inconvenient_times_debtor_id ON inconvenient_times (debtor_id);

CREATE INDEX ix_inconvenient_times_phone_id ON inconvenient_times (phone_id);

CREATE INDEX ix_ledger_transactions_account_id_posted_at ON ledger_transactions (account_id, posted_at);

CREATE UNIQUE INDEX ux_ledger_transactions_idempotency_key ON ledger_transactions (idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE UNIQUE INDEX ux_ledger_transactions_related_transaction_id ON ledger_transactions (related_transaction_id) WHERE kind = 'Reversal';

CREATE INDEX ix_notes_account_id_created_at ON notes (account_id, created_at);

CREATE INDEX ix_notes_debtor_id ON notes (debtor_id);

CREATE INDEX ix_phone_consents_phone_id ON phone_consents (phone_id);

CREATE UNIQUE INDEX ux_portfolios_creditor_id_name ON portfolios (creditor_id, name);

CREATE INDEX ix_teams_supervisor_id ON teams (supervisor_id);

CREATE UNIQUE INDEX ux_teams_name ON teams (name);

ALTER TABLE account_holds ADD CONSTRAINT fk_account_holds_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE;

ALTER TABLE accounts ADD CONSTRAINT fk_accounts_collectors_assigned_collector_id FOREIGN KEY (assigned_collector_id) REFERENCES collectors (id) ON DELETE SET NULL;

ALTER TABLE collectors ADD CONSTRAINT fk_collectors_teams_team_id FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL;

