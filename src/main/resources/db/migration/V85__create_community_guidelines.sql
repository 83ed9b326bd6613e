-- The community guidelines shown above every comment box and on /community-guidelines, as the newsroom edits them
-- (Markdown). Every save is a new row, so the history shows who changed what and when; the latest row wins.
-- Without any row the text shipped in comment/guidelines.md is shown.
create table community_guidelines (
    id       bigserial primary key,
    markdown text        not null check (length(markdown) between 1 and 20000),
    saved_by bigint references member (id) on delete set null,
    saved_at timestamptz not null
);
