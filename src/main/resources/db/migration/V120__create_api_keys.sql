-- Keys of the read-only content API (/api/v1). Only a SHA-256 hash of each secret is kept: the secret is shown
-- once, when the key is made, and a stolen copy of this table opens nothing.
create table api_key (
    id           bigserial primary key,
    name         text        not null check (length(trim(name)) > 0),
    key_hash     text        not null unique,
    created_by   bigint      references member (id) on delete set null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
