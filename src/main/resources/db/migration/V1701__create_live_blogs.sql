-- An article followed live (a live blog) and its entries. article_id refers to the article feature's article by id.
create table live_blog (
    article_id  bigint primary key,
    started_at  timestamptz not null,
    ended_at    timestamptz,
    started_by  bigint
);

create table live_entry (
    id           bigserial primary key,
    article_id   bigint      not null references live_blog (article_id),
    body         text        not null check (length(body) between 1 and 5000),
    quote        text check (length(quote) <= 1000),
    quote_source text check (length(quote_source) <= 200),
    link_url     text check (length(link_url) <= 2000),
    photo_id     bigint,
    pinned       boolean     not null default false,
    posted_at    timestamptz not null,
    updated_at   timestamptz,
    deleted_at   timestamptz,
    author_id    bigint,
    author_name  text
);

create index live_entry_article on live_entry (article_id, posted_at desc, id desc) where deleted_at is null;
