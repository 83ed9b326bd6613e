-- Page views rolled up by hour (UTC hour starts): what the most-read lists and the audience pages read, so they do
-- not scan raw views. article_id 0 and section_slug '' stand for "none" (home page; section front) to keep the key.
create table page_view_hour (
    hour           timestamptz not null,
    article_id     bigint      not null,
    section_slug   text        not null,
    reader_kind    text        not null,
    referrer_class text        not null,
    device         text        not null,
    views          integer     not null,
    wall_views     integer     not null,
    primary key (hour, article_id, section_slug, reader_kind, referrer_class, device)
);

create index page_view_hour_article on page_view_hour (article_id, hour);
