-- The review workflow of an unpublished article (draft → submitted → approved; scheduling and publishing are the
-- life cycle in article.status), who wrote it, who is to handle it next, and the embargo.
alter table article
    add column created_by    bigint references member (id) on delete set null,
    add column assigned_to   bigint references member (id) on delete set null,
    add column review_state  text not null default 'DRAFT' check (review_state in ('DRAFT', 'SUBMITTED', 'APPROVED')),
    -- nobody may publish the article before this time: the database refuses a publication time before it, so no
    -- path (the editor's button, the scheduler, an import) can publish early, not even by mistake
    add column embargo_until timestamptz,
    add constraint article_embargo_publication_check
        check (embargo_until is null or published_at is null or published_at >= embargo_until),
    add constraint article_embargo_schedule_check
        check (embargo_until is null or status <> 'SCHEDULED' or scheduled_at >= embargo_until);
create index article_review_idx on article (review_state, modified_at desc) where review_state <> 'DRAFT';
create index article_assigned_idx on article (assigned_to) where assigned_to is not null;
create index article_created_by_idx on article (created_by);
