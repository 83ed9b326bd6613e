-- Who has an article open in the editor right now. The editor page sends a heartbeat every few seconds; a row
-- whose heartbeat is older than dateline.articles.presence-expiry is no longer shown (and is swept by the next
-- heartbeat of that article). Leaving the page deletes the row at once.
create table article_presence (
    article_id   bigint      not null references article (id) on delete cascade,
    member_id    bigint      not null references member (id) on delete cascade,
    display_name text        not null,
    since        timestamptz not null,
    seen_at      timestamptz not null,
    primary key (article_id, member_id)
);
