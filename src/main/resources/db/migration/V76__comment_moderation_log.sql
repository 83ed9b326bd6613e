-- Every moderation action, who took it and when: on a comment (approve, reject, feature …) or on its author
-- (warn, premoderate, suspend, ban …). Kept when the comment or the member is gone.
create table comment_moderation_log (
    id           bigserial primary key,
    action       text        not null,
    comment_id   bigint references comment (id) on delete set null,
    member_id    bigint references member (id) on delete set null,
    moderator_id bigint references member (id) on delete set null,
    moderator    text        not null,
    note         text,
    at           timestamptz not null
);
create index comment_moderation_log_at_idx on comment_moderation_log (at desc, id desc);
create index comment_moderation_log_member_idx on comment_moderation_log (member_id, at desc);
