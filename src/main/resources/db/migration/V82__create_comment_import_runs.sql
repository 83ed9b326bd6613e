-- One run of a comment import (command line or newsroom upload) with its counts, and the rows it rejected
-- (the first ones only: rejected counts them all).
create table comment_import_run (
    id              bigserial primary key,
    file_name       text        not null,
    source          text        not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    read_count      int         not null default 0,
    imported_count  int         not null default 0,
    updated_count   int         not null default 0,
    unchanged_count int         not null default 0,
    rejected_count  int         not null default 0,
    unknown_parents int         not null default 0,
    failure         text
);
create table comment_import_rejection (
    run_id bigint not null references comment_import_run (id) on delete cascade,
    line   bigint not null,
    reason text   not null
);
create index comment_import_rejection_run_idx on comment_import_rejection (run_id, line);
