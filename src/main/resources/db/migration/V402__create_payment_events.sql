-- Every webhook delivery a provider made, stored before it is applied and in the same transaction. The unique key
-- makes a repeated delivery (or the same event reaching two nodes at once) a no-op. outcome says what applying it
-- did: applied, stale (older than the state already kept), unmatched (no member or subscription to apply it to),
-- ignored (a type not handled). member_id and subscription_id name what it was applied to, for a member's history.
create table payment_event (
    id          bigserial primary key,
    provider    text        not null check (provider in ('STRIPE', 'RAZORPAY')),
    event_id    text        not null check (length(event_id) between 1 and 255),
    type        text        not null,
    payload     jsonb       not null,
    received_at timestamptz not null,
    applied_at  timestamptz,
    outcome     text,
    member_id       bigint references member (id) on delete set null,
    subscription_id bigint references subscription (id) on delete set null,
    unique (provider, event_id)
);
create index payment_event_member on payment_event (member_id, received_at desc) where member_id is not null;
create index payment_event_received on payment_event (received_at desc);
