-- 0018: the dialer dials due callbacks (dialer/Callbacks, docs/dialer-routing.md "Scheduled callbacks").
--
-- campaign_id: the campaign whose call the consumer asked in (its caller ids, hours and AMD apply to the callback);
-- existing rows take their source attempt's. next_try_at: when the dialer looks at it next (its due time, then the
-- gate's next allowed time after a refusal); blocked_by: the rules that held it back at the last look; attempt_id: the
-- attempt that dialed it; claimed_until: an instance's lease while it places it, so two instances never dial it twice.
-- Status gains Blocked, NotPossible and Missed (strings; no change here).

ALTER TABLE scheduled_callbacks
    ADD campaign_id uuid,
    ADD next_try_at timestamp with time zone,
    ADD blocked_by text[] NOT NULL DEFAULT '{}',
    ADD attempt_id uuid,
    ADD claimed_until timestamp with time zone;

UPDATE scheduled_callbacks c
   SET next_try_at = c.due_at,
       campaign_id = (SELECT a.campaign_id FROM contact_attempts a WHERE a.id = c.source_attempt_id);

ALTER TABLE scheduled_callbacks ALTER next_try_at SET NOT NULL, ALTER blocked_by DROP DEFAULT;

ALTER TABLE scheduled_callbacks
    ADD CONSTRAINT fk_scheduled_callbacks_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE SET NULL,
    ADD CONSTRAINT fk_scheduled_callbacks_contact_attempts_attempt_id FOREIGN KEY (attempt_id) REFERENCES contact_attempts (id) ON DELETE SET NULL;

DROP INDEX ix_scheduled_callbacks_due_at;

CREATE INDEX ix_scheduled_callbacks_campaign_id ON scheduled_callbacks (campaign_id);
CREATE INDEX ix_scheduled_callbacks_attempt_id ON scheduled_callbacks (attempt_id);
CREATE INDEX ix_scheduled_callbacks_next_try_at ON scheduled_callbacks (next_try_at) WHERE status IN ('Scheduled', 'Blocked');
