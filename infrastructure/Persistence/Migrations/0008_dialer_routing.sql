-- 0008: routing answered calls to collectors, collector presence and its periods, the life of each dialer call, and
-- scheduled callbacks (dialer/Routing, dialer/Presence, dialer/Outcomes), derived from the EF model. Abandoned calls
-- are marked with 0007's contact_attempts.abandoned_at, written together with the attempt's result.

CREATE TABLE collector_presence (
    collector_id uuid NOT NULL,
    state character varying(40) NOT NULL,
    since timestamp with time zone NOT NULL,
    call_sid character varying(34),
    CONSTRAINT pk_collector_presence PRIMARY KEY (collector_id),
    CONSTRAINT fk_collector_presence_collectors_collector_id FOREIGN KEY (collector_id) REFERENCES collectors (id) ON DELETE CASCADE
);

CREATE INDEX ix_collector_presence_state_since ON collector_presence (state, since);

CREATE TABLE collector_presence_periods (
    id uuid NOT NULL,
    collector_id uuid NOT NULL,
    state character varying(40) NOT NULL,
    call_sid character varying(34),
    started_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    CONSTRAINT pk_collector_presence_periods PRIMARY KEY (id),
    CONSTRAINT fk_collector_presence_periods_collectors_collector_id FOREIGN KEY (collector_id) REFERENCES collectors (id) ON DELETE CASCADE
);

CREATE INDEX ix_collector_presence_periods_collector_id_started_at ON collector_presence_periods (collector_id, started_at);

CREATE TABLE dialer_calls (
    call_sid character varying(34) NOT NULL,
    attempt_id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    account_id uuid NOT NULL,
    campaign_id uuid,
    status character varying(40) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    ringing_at timestamp with time zone,
    answered_at timestamp with time zone,
    answered_by character varying(40),
    collector_id uuid,
    routed_at timestamp with time zone,
    abandoned_at timestamp with time zone,
    ended_at timestamp with time zone,
    duration_seconds integer,
    dispositioned_at timestamp with time zone,
    CONSTRAINT pk_dialer_calls PRIMARY KEY (call_sid),
    CONSTRAINT fk_dialer_calls_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT,
    CONSTRAINT fk_dialer_calls_collectors_collector_id FOREIGN KEY (collector_id) REFERENCES collectors (id) ON DELETE RESTRICT,
    CONSTRAINT fk_dialer_calls_contact_attempts_attempt_id FOREIGN KEY (attempt_id) REFERENCES contact_attempts (id) ON DELETE RESTRICT
);

CREATE INDEX ix_dialer_calls_account_id ON dialer_calls (account_id);
CREATE UNIQUE INDEX ux_dialer_calls_attempt_id ON dialer_calls (attempt_id);
CREATE INDEX ix_dialer_calls_campaign_id_created_at ON dialer_calls (campaign_id, created_at);
CREATE INDEX ix_dialer_calls_collector_id_routed_at ON dialer_calls (collector_id, routed_at);

CREATE TABLE scheduled_callbacks (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    phone_id uuid NOT NULL,
    due_at timestamp with time zone NOT NULL,
    collector_id uuid,
    source_attempt_id uuid,
    status character varying(40) NOT NULL,
    requested_by character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    CONSTRAINT pk_scheduled_callbacks PRIMARY KEY (id),
    CONSTRAINT fk_scheduled_callbacks_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT fk_scheduled_callbacks_collectors_collector_id FOREIGN KEY (collector_id) REFERENCES collectors (id) ON DELETE SET NULL,
    CONSTRAINT fk_scheduled_callbacks_debtor_phones_phone_id FOREIGN KEY (phone_id) REFERENCES debtor_phones (id) ON DELETE CASCADE
);

CREATE INDEX ix_scheduled_callbacks_account_id ON scheduled_callbacks (account_id);
CREATE INDEX ix_scheduled_callbacks_collector_id ON scheduled_callbacks (collector_id);
CREATE INDEX ix_scheduled_callbacks_due_at ON scheduled_callbacks (due_at) WHERE status = 'Scheduled';
CREATE INDEX ix_scheduled_callbacks_phone_id ON scheduled_callbacks (phone_id);
