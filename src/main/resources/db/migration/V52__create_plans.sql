-- What a reader can subscribe to. Prices in minor units (paise, cents) of an ISO 4217 currency.
create table plan (
    id               bigserial primary key,
    name             text        not null check (length(trim(name)) > 0),
    price_minor      bigint      not null check (price_minor >= 0),
    currency         char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    billing_interval text        not null check (billing_interval in ('MONTH', 'YEAR')),
    benefits         text        not null default '',
    active           boolean     not null default true,
    created_at       timestamptz not null
);
create unique index plan_name_key on plan (lower(name));
