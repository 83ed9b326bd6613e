-- Every save of an article: who, when, and the whole article as it was saved.
create table article_revision (
    id            bigserial primary key,
    article_id    bigint      not null references article (id) on delete cascade,
    number        int         not null,
    editor_id     bigint references member (id) on delete set null,
    created_at    timestamptz not null,
    public_update boolean     not null default false,
    note          text,
    snapshot      jsonb       not null,
    unique (article_id, number)
);
