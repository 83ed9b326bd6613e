-- What moderators decide about a comment: who last approved or rejected it, when and why (the reason is mailed
-- to the author), and whether it is featured. hold_reason says why a comment that passed the checks was still
-- held (a new member's first comments, pre-moderation of the author, several recent rejections).
alter table comment
    add column featured          boolean not null default false,
    add column hold_reason       text,
    add column moderated_by      bigint references member (id) on delete set null,
    add column moderated_at      timestamptz,
    add column moderation_reason text;

-- the queues: held comments oldest first, rejected and approved newest first
create index comment_held_idx on comment (created_at, id) where status = 'HELD';
create index comment_rejected_idx on comment (created_at desc, id desc) where status = 'REJECTED';
create index comment_moderated_idx on comment (moderated_at desc, id desc) where moderated_at is not null;

-- A report stays in the reported queue until a moderator acts on its comment.
alter table comment_report
    add column resolved_at timestamptz,
    add column resolved_by bigint references member (id) on delete set null;
create index comment_report_open_idx on comment_report (comment_id) where resolved_at is null;
