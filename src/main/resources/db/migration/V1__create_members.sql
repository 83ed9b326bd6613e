-- People who sign in: readers (members) and staff. Roles live in member_role so one person can hold several.
create table member (
    id            bigserial primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text,
    created_at    timestamptz not null default now()
);
create unique index member_email_key on member (lower(email));

create table member_role (
    member_id bigint not null references member (id) on delete cascade,
    role      text   not null check (role in ('MEMBER', 'EDITOR', 'MODERATOR', 'ADMIN')),
    primary key (member_id, role)
);
