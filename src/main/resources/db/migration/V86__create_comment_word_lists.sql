-- One row once the abuse check's word lists live in the database: seeded from the shipped lists on first use, so
-- the seeding happens exactly once even when several nodes start together. version grows with every change; nodes
-- reload their lists when it moves.
create table comment_word_lists (
    id        int         primary key check (id = 1),
    version   bigint      not null,
    seeded_at timestamptz not null
);
