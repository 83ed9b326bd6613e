-- Paid subscriptions, kept by the payment providers' webhooks (access/payment). status now also says where a paid
-- subscription stands: INCOMPLETE (checkout done, first payment not confirmed), TRIALING, ACTIVE, PAST_DUE (a
-- renewal failed, the provider retries; reads for dateline.payments.grace-period from past_due_since), UNPAID
-- (retries exhausted), CANCELLED (ended: by the newsroom, the reader or the provider) and REFUNDED (fully
-- refunded: ended at once). cancel_at_period_end keeps an ACTIVE or TRIALING one until current_period_end.
-- provider_state_at is the provider's time of the last state applied: an older event never overwrites a newer one.
alter table subscription drop constraint subscription_status_check;
alter table subscription add constraint subscription_status_check
    check (status in ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID', 'CANCELLED', 'REFUNDED'));
alter table subscription
    add column cancel_at_period_end boolean not null default false,
    add column current_period_end   timestamptz,
    add column past_due_since       timestamptz,
    add column price_minor          bigint check (price_minor >= 0),
    add column currency             char(3) check (currency ~ '^[A-Z]{3}$'),
    -- the offer (offer feature's id) the reader subscribed with; no foreign key across features
    add column offer_id             bigint,
    add column provider_state_at    timestamptz,
    add column disputed_at          timestamptz,
    add column updated_at           timestamptz;
