-- The "early access to discounts & offers" consent, as a history: each giving or withdrawal with its time and
-- the way it was given. The latest row is the member's current choice.
create table member_marketing_consent (
    id        bigserial primary key,
    member_id bigint      not null references member (id) on delete cascade,
    given     boolean     not null,
    way       text        not null,
    at        timestamptz not null
);
create index member_marketing_consent_member on member_marketing_consent (member_id, at desc, id desc);
