-- Which current article an earlier platform's article id or URL stands for, kept by the newsroom. An explicit
-- row wins over the automatic match (a URL ending in /article{id}).
create table legacy_article (
    legacy_key text        primary key,
    article_id bigint      not null references article (id) on delete cascade,
    created_at timestamptz not null
);
create index legacy_article_article_idx on legacy_article (article_id);
