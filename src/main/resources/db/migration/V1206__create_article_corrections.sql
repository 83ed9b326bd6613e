-- Public corrections and clarifications of published articles. A note is never deleted: taking one back is a
-- withdrawal (who, when, why) kept on the row, and the trigger below refuses deletes from any client.
create table article_correction (
    id                bigserial primary key,
    article_id        bigint      not null references article (id),
    kind              text        not null check (kind in ('CORRECTION', 'CLARIFICATION')),
    text              text        not null check (length(trim(text)) between 1 and 2000),
    created_at        timestamptz not null,
    created_by        bigint references member (id) on delete set null,
    withdrawn_at      timestamptz,
    withdrawn_by      bigint references member (id) on delete set null,
    withdrawal_reason text,
    check ((withdrawn_at is null) = (withdrawal_reason is null))
);
create index article_correction_article_idx on article_correction (article_id, created_at);
create index article_correction_newest_idx on article_correction (created_at desc) where withdrawn_at is null;

create function refuse_correction_delete() returns trigger language plpgsql as $$
begin
    raise exception 'corrections are withdrawn, never deleted (correction %)', old.id;
end $$;
create trigger article_correction_no_delete before delete on article_correction
    for each row execute function refuse_correction_delete();
