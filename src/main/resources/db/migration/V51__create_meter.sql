-- The monthly meter. reader_key is 'member:<id>' or 'visitor:<random id from the signed cookie>';
-- month is the first day of the calendar month in the site's zone.
-- One meter_month row per reader and month is locked (SELECT ... FOR UPDATE) while a read is counted,
-- so two app nodes cannot both grant the last free read.
create table meter_month (
    reader_key text    not null,
    month      date    not null,
    reads      integer not null default 0 check (reads >= 0),
    primary key (reader_key, month)
);

-- The distinct articles counted for a reader in a month: re-reading one costs nothing.
create table meter_read (
    reader_key text        not null,
    month      date        not null,
    article_id bigint      not null,
    read_at    timestamptz not null,
    primary key (reader_key, month, article_id),
    foreign key (reader_key, month) references meter_month (reader_key, month) on delete cascade
);
