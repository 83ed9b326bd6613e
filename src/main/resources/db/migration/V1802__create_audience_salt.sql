-- The day's salt for visitor hashes, shared by every node so a visitor is one visitor across nodes. Only today's
-- row is kept: once it is deleted, yesterday's hashes can no longer be linked to anyone.
create table audience_salt (
    day  date  primary key,
    salt bytea not null
);
