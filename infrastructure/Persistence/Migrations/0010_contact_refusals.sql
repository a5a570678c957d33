-- 0010: the record of refused permits (domain/Contact/ContactRefusal.cs), which the collection report counts as
-- compliance blocks by rule. One row per permit asked for and refused by ContactGateway.RequestPermitAsync; eligibility
-- probes write nothing. Ids only: no number, address, name or amount. No foreign keys (see ContactRefusalConfiguration):
-- the row is written on the dialer's path, outside the caller's transaction. A row is never changed; old rows may be
-- pruned (no retention rule applies to refusals).

CREATE TABLE contact_refusals (
    id uuid NOT NULL,
    decided_at timestamp with time zone NOT NULL,
    debtor_id uuid NOT NULL,
    account_ids uuid[] NOT NULL,
    channel character varying(40) NOT NULL,
    mode character varying(40) NOT NULL,
    purpose character varying(40) NOT NULL,
    destination_id uuid NOT NULL,
    rule_ids text[] NOT NULL,
    rule_set_version character varying(40) NOT NULL,
    next_allowed_at timestamp with time zone,
    campaign_id uuid,
    collector_id uuid,
    CONSTRAINT pk_contact_refusals PRIMARY KEY (id)
);

CREATE INDEX ix_contact_refusals_decided_at ON contact_refusals (decided_at);

CREATE FUNCTION contact_refusals_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'contact_refusals rows are written once: refusal % cannot be changed', OLD.id;
END $$;

CREATE TRIGGER contact_refusals_unchanged BEFORE UPDATE ON contact_refusals
    FOR EACH ROW EXECUTE FUNCTION contact_refusals_unchanged();
