-- The number of the article's newest revision, and of the newest revision that changed its content. A save names
-- the revision its editor started from and is applied only while no content revision is newer
-- (update … where content_revision <= :base), so of two editors saving at once the second is told, not overwritten.
-- Publishing and scheduling move revision but not content_revision: they do not conflict with an open editor.
alter table article
    add column revision         int not null default 0,
    add column content_revision int not null default 0;
