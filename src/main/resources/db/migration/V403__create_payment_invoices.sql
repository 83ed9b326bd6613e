-- Receipts: one row per provider invoice (Stripe in_…) or payment (Razorpay pay_…), for the account page and the
-- newsroom. provider_payment_id is what refunds and disputes name (a PaymentIntent or charge, a Razorpay payment).
-- status only moves forward: FAILED → PAID → REFUNDED.
create table payment_invoice (
    id                  bigserial primary key,
    provider            text        not null check (provider in ('STRIPE', 'RAZORPAY')),
    provider_invoice_id text        not null,
    provider_payment_id text,
    subscription_id     bigint references subscription (id) on delete set null,
    member_id           bigint      not null references member (id) on delete cascade,
    amount_minor        bigint      not null check (amount_minor >= 0),
    currency            char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    status              text        not null check (status in ('FAILED', 'PAID', 'REFUNDED')),
    period_start        timestamptz,
    period_end          timestamptz,
    hosted_invoice_url  text,
    created_at          timestamptz not null,
    recorded_at         timestamptz not null,
    unique (provider, provider_invoice_id)
);
create index payment_invoice_member on payment_invoice (member_id, created_at desc);
create index payment_invoice_payment on payment_invoice (provider, provider_payment_id)
    where provider_payment_id is not null;
