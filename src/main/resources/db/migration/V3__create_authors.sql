-- Staff bylines with their own pages; member_id links a byline to a newsroom account when there is one.
create table author (
    id        bigserial primary key,
    slug      text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name      text not null,
    bio       text,
    member_id bigint references member (id) on delete set null
);
