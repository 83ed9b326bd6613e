-- Opens of one newsletter copy (edition, subscriber), through its signed tracking image: one row per copy, so the
-- unique opens are the rows and the total the sum. Mail clients pre-load images: an upper bound.
create table audience_open (
    edition_id    bigint      not null,
    subscriber_id bigint      not null,
    opens         int         not null,
    first_at      timestamptz not null,
    primary key (edition_id, subscriber_id)
);
