-- 0003: the contact-attempt record (domain/Contact/ContactAttempt.cs), derived from the EF model with
-- 'debthub-cli schema-script'. Reg F retention (12 CFR 1006.100) wants it kept, so debtors and collectors cannot be
-- deleted from under it, and the trigger below makes it append-only: no row is deleted, and a row changes once at
-- most, when the result of a placed call becomes known (connect_result goes from null to a value).

CREATE TABLE contact_attempts (
    id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    account_ids uuid[] NOT NULL,
    debt_keys uuid[] NOT NULL,
    counted_debt_keys uuid[] NOT NULL,
    channel character varying(40) NOT NULL,
    mode character varying(40),
    destination character varying(320) NOT NULL,
    destination_use character varying(40),
    direction character varying(40) NOT NULL,
    placed_at timestamp with time zone NOT NULL,
    connect_result character varying(40),
    disposition character varying(40) NOT NULL,
    conversation_took_place boolean NOT NULL,
    counts_toward_frequency boolean NOT NULL,
    exclusion character varying(40) NOT NULL,
    responds_to_consumer_request boolean NOT NULL,
    collector_id uuid,
    campaign_id uuid,
    rule_set_version character varying(40) NOT NULL,
    zone_ids text[] NOT NULL,
    zone_local_times timestamp without time zone[] NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_contact_attempts PRIMARY KEY (id),
    CONSTRAINT fk_contact_attempts_collectors_collector_id FOREIGN KEY (collector_id) REFERENCES collectors (id) ON DELETE RESTRICT,
    CONSTRAINT fk_contact_attempts_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE RESTRICT
);

CREATE INDEX ix_contact_attempts_collector_id ON contact_attempts (collector_id);
CREATE INDEX ix_contact_attempts_debtor_id_placed_at ON contact_attempts (debtor_id, placed_at);
CREATE INDEX ix_contact_attempts_placed_at ON contact_attempts (placed_at);

CREATE FUNCTION contact_attempts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'contact_attempts is append-only: attempt % cannot be deleted', OLD.id;
    END IF;
    IF OLD.connect_result IS NOT NULL OR NEW.id <> OLD.id OR NEW.debtor_id <> OLD.debtor_id
       OR NEW.account_ids <> OLD.account_ids OR NEW.channel <> OLD.channel OR NEW.destination <> OLD.destination
       OR NEW.placed_at <> OLD.placed_at OR NEW.direction <> OLD.direction THEN
        RAISE EXCEPTION 'contact_attempts is append-only: attempt % can only have its result written once', OLD.id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER contact_attempts_append_only BEFORE UPDATE OR DELETE ON contact_attempts
    FOR EACH ROW EXECUTE FUNCTION contact_attempts_append_only();
