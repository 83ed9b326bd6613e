-- A member's entitlement to read everything between starts_at and ends_at (open-ended when null).
-- source says where it came from: COMPLIMENTARY (granted by the newsroom) or, later, a payment provider's
-- name, with that provider's customer and subscription ids.
create table subscription (
    id                       bigserial primary key,
    member_id                bigint      not null references member (id) on delete cascade,
    plan_id                  bigint references plan (id),
    status                   text        not null check (status in ('ACTIVE', 'CANCELLED')),
    source                   text        not null,
    starts_at                timestamptz not null,
    ends_at                  timestamptz,
    provider_customer_id     text,
    provider_subscription_id text,
    granted_by               bigint references member (id) on delete set null,
    note                     text,
    cancelled_at             timestamptz,
    created_at               timestamptz not null,
    check (ends_at is null or ends_at > starts_at),
    check (status <> 'CANCELLED' or cancelled_at is not null)
);
create index subscription_member_idx on subscription (member_id, starts_at desc);
create unique index subscription_provider_key on subscription (source, provider_subscription_id)
    where provider_subscription_id is not null;
