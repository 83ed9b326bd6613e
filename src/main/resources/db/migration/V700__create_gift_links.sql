-- A subscriber's gift of one paywalled article: whoever opens the link reads it whole, without their meter, until
-- it expires. Only the SHA-256 of the token is kept (site.SecretTokens). opened_count counts every open;
-- gift_registration records the members who registered after opening one (each member once).
create table gift_link (
    id               bigserial primary key,
    token_hash       text        not null unique,
    article_id       bigint      not null,
    member_id        bigint      not null references member (id) on delete cascade,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    opened_count     int         not null default 0,
    first_opened_at  timestamptz
);
create index gift_link_member_idx on gift_link (member_id, created_at desc);
create index gift_link_created_idx on gift_link (created_at desc);

create table gift_registration (
    member_id     bigint primary key references member (id) on delete cascade,
    gift_link_id  bigint      not null references gift_link (id) on delete cascade,
    registered_at timestamptz not null
);
create index gift_registration_link_idx on gift_registration (gift_link_id);
