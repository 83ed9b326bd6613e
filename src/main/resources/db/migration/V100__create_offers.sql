-- A discount on a plan for a number of billing periods, redeemed by its code. Members who gave marketing consent
-- may see and use it from early_starts_at; everyone from public_starts_at; nobody from ends_at.
-- early_notified_at marks the one run of the early-access mail (claimed with FOR UPDATE SKIP LOCKED).
create table offer (
    id                bigserial primary key,
    plan_id           bigint      not null references plan (id),
    name              text        not null check (length(trim(name)) > 0),
    discount_kind     text        not null check (discount_kind in ('PERCENT', 'FIXED')),
    -- a percentage (1–100) or an amount in the plan currency's minor unit
    discount_value    bigint      not null check (discount_value > 0),
    periods           int         not null check (periods > 0),
    code              text        not null check (code ~ '^[A-Za-z0-9-]+$'),
    early_starts_at   timestamptz not null,
    public_starts_at  timestamptz not null,
    ends_at           timestamptz not null,
    withdrawn_at      timestamptz,
    early_notified_at timestamptz,
    created_at        timestamptz not null,
    check (discount_kind <> 'PERCENT' or discount_value <= 100),
    check (early_starts_at <= public_starts_at and public_starts_at < ends_at)
);
create unique index offer_code_key on offer (lower(code));
create index offer_early_due on offer (early_starts_at) where early_notified_at is null and withdrawn_at is null;
