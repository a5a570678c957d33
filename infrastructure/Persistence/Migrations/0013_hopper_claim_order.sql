-- 0013: hopper claims in the default priority order (balance, highest first, then placed first) without joining and
-- sorting the segment. Each entry keeps a copy of its account's balance and placement instant (written by the fill,
-- refreshed by every refill), and one index holds a campaign's unfinished entries in that order with next_eligible_at
-- as a trailing key, so a claim walks the index, skips entries that are not due inside the index, and stops after
-- 1,000 (bench/README.md, "Dialer: hopper claims": 3.8 s per claim on 1,000,000 accounts before).

ALTER TABLE campaign_hopper
    ADD account_balance numeric(19,4) NOT NULL DEFAULT 0,
    ADD account_placed_at timestamp with time zone NOT NULL DEFAULT '-infinity';

UPDATE campaign_hopper h
   SET account_balance = a.principal_balance + a.interest_balance + a.fee_balance, account_placed_at = a.placed_at
  FROM accounts a
 WHERE a.id = h.account_id;

ALTER TABLE campaign_hopper ALTER account_balance DROP DEFAULT, ALTER account_placed_at DROP DEFAULT;

CREATE INDEX ix_campaign_hopper_claim_by_balance
    ON campaign_hopper (campaign_id, account_balance DESC, account_placed_at, account_id, next_eligible_at) WHERE NOT finished;
