-- Members' comments under articles. Replies keep their parent and the thread's first comment (root_id); depth is
-- capped where the page stops indenting. author_name is the name shown when the comment was written (imported
-- comments have a name and no member). The guideline checks' outcome is kept with every comment.
create table comment (
    id             bigserial primary key,
    article_id     bigint      not null references article (id) on delete cascade,
    parent_id      bigint references comment (id) on delete cascade,
    root_id        bigint references comment (id) on delete cascade,
    depth          int         not null default 0 check (depth between 0 and 2),
    member_id      bigint references member (id) on delete set null,
    author_name    text        not null,
    body           text        not null,
    status         text        not null check (status in ('PUBLISHED', 'HELD', 'REJECTED', 'DELETED')),
    check_decision text        not null check (check_decision in ('PUBLISH', 'REVIEW', 'REJECT')),
    check_verdicts jsonb       not null default '[]',
    like_count     int         not null default 0 check (like_count >= 0),
    reply_count    int         not null default 0 check (reply_count >= 0),
    created_at     timestamptz not null,
    edited_at      timestamptz,
    deleted_at     timestamptz
);
-- the first page of a thread list, by time and by likes (keyset pagination)
create index comment_article_created_idx on comment (article_id, created_at, id) where parent_id is null;
create index comment_article_liked_idx on comment (article_id, like_count, id) where parent_id is null;
create index comment_root_idx on comment (root_id, created_at, id) where root_id is not null;
create index comment_member_idx on comment (member_id, created_at desc, id desc);
-- comment counts on article lists
create index comment_article_published_idx on comment (article_id) where status = 'PUBLISHED';
