-- How a member stands as a commenter, set by moderators: every new comment held (premoderated), no comments until
-- a time (suspended_until), or none at all (banned). No row: in good standing.
create table comment_author_standing (
    member_id       bigint primary key references member (id) on delete cascade,
    premoderated    boolean     not null default false,
    suspended_until timestamptz,
    banned          boolean     not null default false,
    warnings        int         not null default 0 check (warnings >= 0),
    updated_by      bigint references member (id) on delete set null,
    updated_at      timestamptz not null
);

-- Members' choices about comment mail: a mail when someone replies to one of their comments.
create table comment_preference (
    member_id      bigint primary key references member (id) on delete cascade,
    notify_replies boolean     not null,
    updated_at     timestamptz not null
);
