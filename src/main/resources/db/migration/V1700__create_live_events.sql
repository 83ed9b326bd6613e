-- The live stream's channels (one per article, one for the whole site) and the events sent on them. Event ids are
-- numbered per channel by locking the channel's row until the writer commits, so ids become visible in order and a
-- reader resuming after id N (Last-Event-ID) misses nothing and gets nothing twice.
create table live_channel (
    channel    text primary key,
    last_event bigint not null default 0
);

create table live_event (
    channel    text        not null references live_channel (channel),
    event_id   bigint      not null,
    kind       text        not null,
    data       text        not null,
    created_at timestamptz not null,
    primary key (channel, event_id)
);
