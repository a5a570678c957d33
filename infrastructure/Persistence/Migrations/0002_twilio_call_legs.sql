-- 0002: Twilio call legs and the callbacks that built them (dialer/Webhooks), derived from the EF model with
-- 'debthub-cli schema-script'. The events' key (call, dedup key) makes a repeated callback recognisable;
-- last_sequence_number keeps an older status callback from overwriting a newer one.

CREATE TABLE twilio_call_legs (
    call_sid character varying(34) NOT NULL,
    status character varying(40) NOT NULL,
    last_sequence_number integer,
    answered_by character varying(40),
    duration_seconds integer,
    dial_call_status character varying(40),
    dial_call_sid character varying(34),
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_twilio_call_legs PRIMARY KEY (call_sid)
);

CREATE TABLE twilio_call_events (
    call_sid character varying(34) NOT NULL,
    dedup_key character varying(80) NOT NULL,
    kind character varying(20) NOT NULL,
    sequence_number integer,
    status character varying(40) NOT NULL,
    received_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_twilio_call_events PRIMARY KEY (call_sid, dedup_key),
    CONSTRAINT fk_twilio_call_events_twilio_call_legs_call_sid FOREIGN KEY (call_sid) REFERENCES twilio_call_legs (call_sid) ON DELETE CASCADE
);
