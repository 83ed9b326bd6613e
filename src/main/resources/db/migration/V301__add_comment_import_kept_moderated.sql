-- How many of a run's rows found a comment a moderator had decided on since it was first imported, and left it as
-- the moderator decided (a moderator's decision wins over any later import).
alter table comment_import_run add column kept_moderated_count int not null default 0;
