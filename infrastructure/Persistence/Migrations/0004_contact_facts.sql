-- 0004: the facts the compliance gate needs that the model lacked (derived from the EF model with
-- 'debthub-cli schema-script'): media a person asked us not to use (12 CFR 1006.14(h)), consents given directly to us
-- to be called (1006.14(b)(3)(i)), when a location was stated, and a creditor's own contact policy.

ALTER TABLE creditors
    ADD COLUMN contact_policy_max_attempts_per_number_per_day integer,
    ADD COLUMN contact_policy_min_spacing_on_one_number interval,
    ADD COLUMN contact_policy_max_voicemails_per_week integer;

ALTER TABLE debtors ADD COLUMN stated_location_at timestamp with time zone;

CREATE TABLE contact_opt_outs (
    id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    channel character varying(40) NOT NULL,
    destination character varying(320),
    recorded_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    CONSTRAINT pk_contact_opt_outs PRIMARY KEY (id),
    CONSTRAINT fk_contact_opt_outs_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE CASCADE
);

CREATE INDEX ix_contact_opt_outs_debtor_id ON contact_opt_outs (debtor_id);

CREATE TABLE direct_call_consents (
    id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    account_ids uuid[] NOT NULL,
    granted_at timestamp with time zone NOT NULL,
    stated_end timestamp with time zone,
    revoked_at timestamp with time zone,
    CONSTRAINT pk_direct_call_consents PRIMARY KEY (id),
    CONSTRAINT fk_direct_call_consents_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE CASCADE
);

CREATE INDEX ix_direct_call_consents_debtor_id_granted_at ON direct_call_consents (debtor_id, granted_at);
