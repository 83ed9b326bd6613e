-- One like per member per comment; like_count on comment follows this table.
create table comment_like (
    comment_id bigint      not null references comment (id) on delete cascade,
    member_id  bigint      not null references member (id) on delete cascade,
    liked_at   timestamptz not null,
    primary key (comment_id, member_id)
);
create index comment_like_member_idx on comment_like (member_id);
