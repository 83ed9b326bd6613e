-- A run writes its counts and a heartbeat as it goes, so that a run whose process died (kill -9) can be told from
-- one still going on another node: its heartbeat stops, and it is then marked interrupted with the counts so far.
alter table comment_import_run add column heartbeat_at timestamptz;
alter table comment_import_run add column interrupted boolean not null default false;
