-- The nightly reconciliation with each provider (access.payment.PaymentReconciliation): one row a provider, claimed
-- with FOR UPDATE SKIP LOCKED and a lease (claimed_until) so one node at a time runs it. last_run_at is when the
-- last finished run started: the next asks the provider for what changed since then. repaired counts what the last
-- run repaired (events replayed, statuses corrected).
create table payment_reconciliation (
    provider         text primary key check (provider in ('STRIPE', 'RAZORPAY')),
    last_run_at      timestamptz,
    last_finished_at timestamptz,
    repaired         integer not null default 0,
    claimed_until    timestamptz
);
