-- A member's use of an offer: PENDING until a subscription is created for them on the offer's plan, then APPLIED
-- with that subscription and the prices it was applied at. One per member and offer, enforced here.
create table offer_redemption (
    id                 bigserial primary key,
    offer_id           bigint      not null references offer (id),
    member_id          bigint      not null references member (id) on delete cascade,
    status             text        not null check (status in ('PENDING', 'APPLIED')),
    subscription_id    bigint references subscription (id) on delete set null,
    price_before_minor bigint,
    price_after_minor  bigint,
    periods            int,
    redeemed_at        timestamptz not null,
    applied_at         timestamptz,
    unique (offer_id, member_id)
);
create index offer_redemption_member on offer_redemption (member_id, status);
