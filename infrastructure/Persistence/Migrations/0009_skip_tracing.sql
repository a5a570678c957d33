-- 0009: skip tracing (domain/SkipTracing): searches for debtors who cannot be reached, about one account each, with the
-- permissible purpose (FCRA, GLBA, DPPA) and who asked; every provider asked and what it cost; the ranked candidates
-- (phones, addresses, emails, employers) awaiting review; indicators (deceased, bankruptcy, litigious); collectors'
-- flags; batch files sent to vendors; and each paid provider's spend per month, changed only by one atomic statement
-- so concurrent lookups cannot overspend the budget. Derived from the EF model with 'debthub-cli schema-script'.

CREATE TABLE skip_trace_batches (
    id uuid NOT NULL,
    provider character varying(60) NOT NULL,
    created_by character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    status character varying(40) NOT NULL,
    row_count integer NOT NULL,
    imported_at timestamp with time zone,
    imported_by character varying(100),
    result_rows integer,
    rejected_rows integer,
    CONSTRAINT pk_skip_trace_batches PRIMARY KEY (id)
);

CREATE TABLE skip_trace_budgets (
    provider character varying(60) NOT NULL,
    month date NOT NULL,
    spent numeric(19,4) NOT NULL,
    currency character(3) NOT NULL,
    lookups integer NOT NULL,
    CONSTRAINT pk_skip_trace_budgets PRIMARY KEY (provider, month),
    CONSTRAINT ck_skip_trace_budgets_spent CHECK (spent >= 0)
);

CREATE TABLE skip_traces (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    fcra_purpose character varying(40),
    glba_purpose character varying(40),
    dppa_purpose character varying(40),
    requested_by character varying(100) NOT NULL,
    requested_at timestamp with time zone NOT NULL,
    mode character varying(40) NOT NULL,
    batch_id uuid,
    status character varying(40) NOT NULL,
    completed_at timestamp with time zone,
    CONSTRAINT pk_skip_traces PRIMARY KEY (id),
    CONSTRAINT ck_skip_traces_permissible_purpose CHECK (fcra_purpose IS NOT NULL OR glba_purpose IS NOT NULL OR dppa_purpose IS NOT NULL),
    CONSTRAINT fk_skip_traces_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT,
    CONSTRAINT fk_skip_traces_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE RESTRICT,
    CONSTRAINT fk_skip_traces_skip_trace_batches_batch_id FOREIGN KEY (batch_id) REFERENCES skip_trace_batches (id) ON DELETE RESTRICT
);

CREATE TABLE skip_flags (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    reason character varying(500) NOT NULL,
    flagged_by character varying(100) NOT NULL,
    flagged_at timestamp with time zone NOT NULL,
    cleared_at timestamp with time zone,
    CONSTRAINT pk_skip_flags PRIMARY KEY (id),
    CONSTRAINT fk_skip_flags_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE skip_lookups (
    id uuid NOT NULL,
    skip_trace_id uuid NOT NULL,
    provider character varying(60) NOT NULL,
    step integer NOT NULL,
    outcome character varying(40) NOT NULL,
    cost numeric(19,4) NOT NULL,
    currency character(3) NOT NULL,
    candidate_count integer NOT NULL,
    indicator_count integer NOT NULL,
    unusable_count integer NOT NULL,
    best_confidence integer,
    at timestamp with time zone NOT NULL,
    CONSTRAINT pk_skip_lookups PRIMARY KEY (id),
    CONSTRAINT fk_skip_lookups_skip_traces_skip_trace_id FOREIGN KEY (skip_trace_id) REFERENCES skip_traces (id) ON DELETE CASCADE
);

CREATE TABLE skip_candidates (
    id uuid NOT NULL,
    skip_trace_id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    provider character varying(60) NOT NULL,
    kind character varying(40) NOT NULL,
    confidence integer NOT NULL,
    first_seen date,
    last_seen date,
    rank integer NOT NULL,
    status character varying(40) NOT NULL,
    phone character varying(16),
    line_type character varying(40) NOT NULL,
    line1 character varying(200),
    line2 character varying(200),
    city character varying(100),
    state character varying(2),
    zip character varying(10),
    email character varying(254),
    employer_name character varying(200),
    found_at timestamp with time zone NOT NULL,
    reviewed_by character varying(100),
    reviewed_at timestamp with time zone,
    rejection_reason character varying(500),
    applied_contact_id uuid,
    CONSTRAINT pk_skip_candidates PRIMARY KEY (id),
    CONSTRAINT ck_skip_candidates_confidence CHECK (confidence BETWEEN 0 AND 100),
    CONSTRAINT fk_skip_candidates_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE RESTRICT,
    CONSTRAINT fk_skip_candidates_skip_traces_skip_trace_id FOREIGN KEY (skip_trace_id) REFERENCES skip_traces (id) ON DELETE CASCADE
);

CREATE TABLE skip_indicators (
    id uuid NOT NULL,
    skip_trace_id uuid NOT NULL,
    provider character varying(60) NOT NULL,
    kind character varying(40) NOT NULL,
    confidence integer NOT NULL,
    reported_on date,
    detail character varying(500),
    found_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_skip_indicators PRIMARY KEY (id),
    CONSTRAINT fk_skip_indicators_skip_traces_skip_trace_id FOREIGN KEY (skip_trace_id) REFERENCES skip_traces (id) ON DELETE CASCADE
);

CREATE INDEX ix_skip_candidates_debtor_id_phone ON skip_candidates (debtor_id, phone);

CREATE INDEX ix_skip_candidates_skip_trace_id ON skip_candidates (skip_trace_id);

CREATE UNIQUE INDEX ux_skip_flags_account_id ON skip_flags (account_id) WHERE cleared_at IS NULL;

CREATE INDEX ix_skip_indicators_skip_trace_id ON skip_indicators (skip_trace_id);

CREATE INDEX ix_skip_lookups_provider_at ON skip_lookups (provider, at);

CREATE INDEX ix_skip_lookups_skip_trace_id ON skip_lookups (skip_trace_id);

CREATE INDEX ix_skip_traces_account_id_requested_at ON skip_traces (account_id, requested_at);

CREATE INDEX ix_skip_traces_batch_id ON skip_traces (batch_id);

CREATE INDEX ix_skip_traces_debtor_id ON skip_traces (debtor_id);
