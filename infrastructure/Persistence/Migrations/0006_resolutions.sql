-- 0006: resolutions (domain/Resolutions): payment plans and settlements with their installments, promises to pay,
-- disputes, the complaints log, legal referrals with judgments and liens, and the collectors' work items. Derived from
-- the EF model with 'debthub-cli schema-script'. Partial unique indexes keep one open plan per account and one work
-- item per broken plan or promise, whatever races.

CREATE TABLE complaints (
    id uuid NOT NULL,
    debtor_id uuid NOT NULL,
    account_id uuid,
    category character varying(40) NOT NULL,
    channel character varying(40) NOT NULL,
    summary character varying(4000) NOT NULL,
    received_on date NOT NULL,
    due_on date NOT NULL,
    status character varying(40) NOT NULL,
    logged_by character varying(100) NOT NULL,
    logged_at timestamp with time zone NOT NULL,
    resolution character varying(4000),
    resolved_by character varying(100),
    resolved_at timestamp with time zone,
    CONSTRAINT pk_complaints PRIMARY KEY (id),
    CONSTRAINT fk_complaints_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT,
    CONSTRAINT fk_complaints_debtors_debtor_id FOREIGN KEY (debtor_id) REFERENCES debtors (id) ON DELETE RESTRICT
);

CREATE TABLE disputes (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    channel character varying(40) NOT NULL,
    reason character varying(40) NOT NULL,
    summary character varying(2000) NOT NULL,
    received_on date NOT NULL,
    is_timely boolean NOT NULL,
    has_new_information boolean NOT NULL,
    status character varying(40) NOT NULL,
    duplicate_of_id uuid,
    hold_id uuid,
    recorded_by character varying(100) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    verified_at timestamp with time zone,
    verified_by character varying(100),
    verification_summary character varying(2000),
    CONSTRAINT pk_disputes PRIMARY KEY (id),
    CONSTRAINT fk_disputes_account_holds_hold_id FOREIGN KEY (hold_id) REFERENCES account_holds (id) ON DELETE RESTRICT,
    CONSTRAINT fk_disputes_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT,
    CONSTRAINT fk_disputes_disputes_duplicate_of_id FOREIGN KEY (duplicate_of_id) REFERENCES disputes (id) ON DELETE RESTRICT
);

CREATE TABLE legal_referrals (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    venue character varying(40) NOT NULL,
    purpose character varying(40) NOT NULL,
    attorney character varying(300),
    reason character varying(1000) NOT NULL,
    status character varying(40) NOT NULL,
    statute_of_limitations_date date,
    referred_by character varying(100) NOT NULL,
    referred_at timestamp with time zone NOT NULL,
    court character varying(200),
    case_number character varying(100),
    suit_filed_on date,
    closed_at timestamp with time zone,
    closing_reason character varying(500),
    CONSTRAINT pk_legal_referrals PRIMARY KEY (id),
    CONSTRAINT fk_legal_referrals_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT
);

CREATE TABLE payment_plans (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    status character varying(40) NOT NULL,
    frequency character varying(40) NOT NULL,
    currency character(3) NOT NULL,
    balance_at_proposal numeric(19,4) NOT NULL,
    total_amount numeric(19,4) NOT NULL,
    grace_days integer NOT NULL,
    agreed_on date NOT NULL,
    proposed_by character varying(100) NOT NULL,
    proposed_at timestamp with time zone NOT NULL,
    approval_reasons text[] NOT NULL,
    decided_by character varying(100),
    decided_at timestamp with time zone,
    decision_note character varying(500),
    broken_at timestamp with time zone,
    completed_at timestamp with time zone,
    cancelled_at timestamp with time zone,
    CONSTRAINT pk_payment_plans PRIMARY KEY (id),
    CONSTRAINT ck_payment_plans_grace_days CHECK (grace_days BETWEEN 0 AND 15),
    CONSTRAINT ck_payment_plans_total_amount CHECK (total_amount > 0),
    CONSTRAINT fk_payment_plans_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT
);

CREATE TABLE promises_to_pay (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    currency character(3) NOT NULL,
    status character varying(40) NOT NULL,
    grace_days integer NOT NULL,
    made_on date NOT NULL,
    recorded_by character varying(100) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    cancel_reason character varying(500),
    CONSTRAINT pk_promises_to_pay PRIMARY KEY (id),
    CONSTRAINT fk_promises_to_pay_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT
);

CREATE TABLE legal_judgments (
    id uuid NOT NULL,
    referral_id uuid NOT NULL,
    court character varying(200) NOT NULL,
    case_number character varying(100) NOT NULL,
    amount numeric(19,4) NOT NULL,
    entered_on date NOT NULL,
    recorded_by character varying(100) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_legal_judgments PRIMARY KEY (id),
    CONSTRAINT fk_legal_judgments_legal_referrals_referral_id FOREIGN KEY (referral_id) REFERENCES legal_referrals (id) ON DELETE CASCADE
);

CREATE TABLE legal_liens (
    id uuid NOT NULL,
    referral_id uuid NOT NULL,
    description character varying(500) NOT NULL,
    jurisdiction character varying(200) NOT NULL,
    instrument_number character varying(100),
    amount numeric(19,4) NOT NULL,
    recorded_on date NOT NULL,
    released_on date,
    recorded_by character varying(100) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_legal_liens PRIMARY KEY (id),
    CONSTRAINT fk_legal_liens_legal_referrals_referral_id FOREIGN KEY (referral_id) REFERENCES legal_referrals (id) ON DELETE CASCADE
);

CREATE TABLE payment_plan_installments (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    sequence integer NOT NULL,
    due_on date NOT NULL,
    amount numeric(19,4) NOT NULL,
    paid_amount numeric(19,4) NOT NULL,
    status character varying(40) NOT NULL,
    status_changed_at timestamp with time zone,
    CONSTRAINT pk_payment_plan_installments PRIMARY KEY (id),
    CONSTRAINT ck_payment_plan_installments_amount CHECK (amount > 0),
    CONSTRAINT fk_payment_plan_installments_payment_plans_plan_id FOREIGN KEY (plan_id) REFERENCES payment_plans (id) ON DELETE CASCADE
);

CREATE TABLE promised_payments (
    id uuid NOT NULL,
    promise_id uuid NOT NULL,
    sequence integer NOT NULL,
    due_on date NOT NULL,
    amount numeric(19,4) NOT NULL,
    paid_amount numeric(19,4) NOT NULL,
    status character varying(40) NOT NULL,
    status_changed_at timestamp with time zone,
    CONSTRAINT pk_promised_payments PRIMARY KEY (id),
    CONSTRAINT ck_promised_payments_amount CHECK (amount > 0),
    CONSTRAINT fk_promised_payments_promises_to_pay_promise_id FOREIGN KEY (promise_id) REFERENCES promises_to_pay (id) ON DELETE CASCADE
);

CREATE TABLE work_items (
    id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    account_id uuid NOT NULL,
    subject_id uuid NOT NULL,
    collector_id uuid,
    reason character varying(500) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    completed_at timestamp with time zone,
    completed_by character varying(100),
    CONSTRAINT pk_work_items PRIMARY KEY (id),
    CONSTRAINT fk_work_items_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT,
    CONSTRAINT fk_work_items_collectors_collector_id FOREIGN KEY (collector_id) REFERENCES collectors (id) ON DELETE SET NULL
);

CREATE INDEX ix_complaints_account_id ON complaints (account_id);

CREATE INDEX ix_complaints_debtor_id ON complaints (debtor_id);

CREATE INDEX ix_complaints_status_due_on ON complaints (status, due_on);

CREATE INDEX ix_disputes_account_id ON disputes (account_id);

CREATE INDEX ix_disputes_duplicate_of_id ON disputes (duplicate_of_id);

CREATE INDEX ix_disputes_hold_id ON disputes (hold_id);

CREATE INDEX ix_legal_judgments_referral_id ON legal_judgments (referral_id);

CREATE INDEX ix_legal_liens_referral_id ON legal_liens (referral_id);

CREATE INDEX ix_legal_referrals_account_id ON legal_referrals (account_id);

CREATE UNIQUE INDEX ux_payment_plan_installments_plan_id_sequence ON payment_plan_installments (plan_id, sequence);

CREATE INDEX ix_payment_plans_account_id ON payment_plans (account_id);

CREATE INDEX ix_payment_plans_status ON payment_plans (status);

CREATE UNIQUE INDEX ux_payment_plans_account_id ON payment_plans (account_id) WHERE status IN ('PendingApproval', 'Active');

CREATE UNIQUE INDEX ux_promised_payments_promise_id_sequence ON promised_payments (promise_id, sequence);

CREATE INDEX ix_promises_to_pay_account_id ON promises_to_pay (account_id);

CREATE INDEX ix_promises_to_pay_status ON promises_to_pay (status);

CREATE INDEX ix_work_items_account_id ON work_items (account_id);

CREATE INDEX ix_work_items_collector_id_created_at ON work_items (collector_id, created_at) WHERE completed_at IS NULL;

CREATE UNIQUE INDEX ux_work_items_kind_subject_id ON work_items (kind, subject_id);
