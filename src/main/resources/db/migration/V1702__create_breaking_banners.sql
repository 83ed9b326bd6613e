-- The breaking-news banner: one line linking to an article, shown on every reader page until it expires or an
-- editor removes it. The newest banner not removed and not expired is the one shown; older rows are the history.
create table breaking_banner (
    id          bigserial primary key,
    text        text        not null check (length(text) between 1 and 200),
    article_id  bigint      not null,
    link        text        not null,
    set_at      timestamptz not null,
    expires_at  timestamptz not null check (expires_at > set_at),
    removed_at  timestamptz,
    set_by      bigint
);

create index breaking_banner_newest on breaking_banner (set_at desc) where removed_at is null;
