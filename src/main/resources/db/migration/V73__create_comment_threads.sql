-- An editor's decision to close (or reopen) an article's comments. Without a row, comments close by the
-- article's age (dateline.comments.close-after).
create table comment_thread (
    article_id bigint      primary key references article (id) on delete cascade,
    closed     boolean     not null,
    changed_by bigint references member (id) on delete set null,
    changed_at timestamptz not null
);
