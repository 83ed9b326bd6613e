-- Desks: the newsroom's teams (Metro, Business, Sport), separate from the public sections. Admins make them and
-- put staff on them; an article belongs to one desk (none until someone chooses, as for every earlier article).
create table desk (
    id         bigserial   primary key,
    name       text        not null check (length(btrim(name)) between 1 and 80),
    created_at timestamptz not null
);
-- "Metro" and "metro" are one desk
create unique index desk_name_key on desk (lower(btrim(name)));

create table desk_member (
    desk_id   bigint not null references desk (id) on delete cascade,
    member_id bigint not null references member (id) on delete cascade,
    primary key (desk_id, member_id)
);
create index desk_member_member_idx on desk_member (member_id);

alter table article add column desk_id bigint references desk (id) on delete set null;
create index article_desk_idx on article (desk_id) where desk_id is not null;
