-- The abuse check's words and phrases (lower case, single spaces), each in one tier: BANNED rejects a comment,
-- SUSPECT holds it for a moderator.
create table comment_word (
    entry    text        primary key check (length(entry) between 1 and 60),
    tier     text        not null check (tier in ('BANNED', 'SUSPECT')),
    added_by bigint references member (id) on delete set null,
    added_at timestamptz not null
);
