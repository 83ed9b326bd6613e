-- Every move of an article through review and publication: who moved it, when, from where to where, and why.
create table article_review_step (
    id         bigserial primary key,
    article_id bigint      not null references article (id) on delete cascade,
    member_id  bigint references member (id) on delete set null,
    at         timestamptz not null,
    from_state text        not null,
    to_state   text        not null,
    note       text
);
create index article_review_step_article_idx on article_review_step (article_id, at desc);
