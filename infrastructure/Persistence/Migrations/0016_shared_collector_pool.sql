-- 0016: pacing against one pool of collectors shared by every campaign, and hopper claims in any priority order
-- without joining the segment (docs/dialer-routing.md, "Pacing against collectors who can take the call";
-- bench/README.md, "Dialer: hopper claims").
--
-- dialed_for: the collector a progressive line was claimed for, kept after the call is placed, so a call in flight
-- still names its collector; every pacing round of every campaign reads the claims held now (a lease in the future)
-- through the small partial index on claimed_until.
-- account_state, debtor_language: copies of the account's governing state (upper case) and the debtor's language (lower
-- case), the routing match a per-collector claim filters on without joining accounts and debtors for each candidate.
-- priority_key: the campaign's priority order as one ascending numeric[] per entry (HopperSql.PriorityKey); one index
-- serves every order, replacing 0013's index for the balance order. The copies are written by each fill and refreshed
-- by each refill (Dialer:HopperRefillSeconds); existing entries get the default order's key here and their campaign's
-- own at its next refill.

ALTER TABLE campaign_hopper
    ADD dialed_for uuid,
    ADD account_state character varying(2) NOT NULL DEFAULT '',
    ADD debtor_language character varying(35) NOT NULL DEFAULT '',
    ADD priority_key numeric[] NOT NULL DEFAULT '{}';

UPDATE campaign_hopper h
   SET account_state = upper(a.governing_state), debtor_language = lower(d.preferred_language), priority_key = array[-h.account_balance]
  FROM accounts a JOIN debtors d ON d.id = a.debtor_id
 WHERE a.id = h.account_id;

ALTER TABLE campaign_hopper ALTER account_state DROP DEFAULT, ALTER debtor_language DROP DEFAULT, ALTER priority_key DROP DEFAULT;

DROP INDEX ix_campaign_hopper_claim_by_balance;

CREATE INDEX ix_campaign_hopper_claim_order
    ON campaign_hopper (campaign_id, priority_key, account_placed_at, account_id, next_eligible_at) WHERE NOT finished;

CREATE INDEX ix_campaign_hopper_claimed_until ON campaign_hopper (claimed_until) WHERE claimed_until IS NOT NULL;
