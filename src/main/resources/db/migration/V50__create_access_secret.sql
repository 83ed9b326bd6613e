-- Secrets the access feature generates itself when none is configured (the meter cookie's signing key),
-- stored once so every app node signs and checks with the same key.
create table access_secret (
    name       text primary key,
    value      text        not null,
    created_at timestamptz not null default now()
);
