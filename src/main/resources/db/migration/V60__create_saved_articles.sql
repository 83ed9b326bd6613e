-- A member's reading list: articles saved to read later, newest first.
create table saved_article (
    member_id  bigint      not null references member (id) on delete cascade,
    article_id bigint      not null references article (id) on delete cascade,
    saved_at   timestamptz not null,
    primary key (member_id, article_id)
);
create index saved_article_member_idx on saved_article (member_id, saved_at desc);
