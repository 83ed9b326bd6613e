-- A writer's article may go out (published or scheduled) only once an editor has approved it; an editor's or
-- admin's own article needs no approval. The flag is set when a writer creates the article, and the check makes
-- every path obey it (the editor's buttons, the scheduler, an import, a hand-written UPDATE), as the embargo's do.
alter table article
    add column needs_approval boolean not null default false,
    add constraint article_approval_check
        check (not needs_approval or status not in ('PUBLISHED', 'SCHEDULED') or review_state = 'APPROVED');
