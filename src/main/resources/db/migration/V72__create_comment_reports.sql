-- Readers' reports of a comment, one per member per comment, for the moderators' reported queue.
create table comment_report (
    id          bigserial primary key,
    comment_id  bigint      not null references comment (id) on delete cascade,
    member_id   bigint      not null references member (id) on delete cascade,
    reason      text        not null check (reason in ('ABUSIVE', 'PERSONAL', 'SPAM', 'OFF_TOPIC', 'OTHER')),
    note        text,
    reported_at timestamptz not null,
    unique (comment_id, member_id)
);
