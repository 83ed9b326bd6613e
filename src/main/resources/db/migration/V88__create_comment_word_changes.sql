-- Who changed the word lists, when, and how: an entry added to a tier, removed from one, or moved between them.
create table comment_word_change (
    id         bigserial primary key,
    entry      text        not null,
    action     text        not null check (action in ('ADDED', 'REMOVED', 'MOVED')),
    tier       text        not null check (tier in ('BANNED', 'SUSPECT')),
    changed_by bigint references member (id) on delete set null,
    changed_at timestamptz not null
);
create index comment_word_change_recent_idx on comment_word_change (changed_at desc, id desc);
