-- Page views rolled up by UTC day: one row per day, article, section, reader kind, referrer class and device, written
-- by the rollup in the same transaction as the hours (each day it touches is counted afresh from its hours). A
-- story's all-time sums read its whole days here and only the hours of the day not yet over from page_view_hour:
-- the most viewed story at 10 million views in 90 days had 112,913 hour rows, about 24 times its day rows
-- (bench/RESULTS.md, "Audience analytics, eighth round"). UTC days because the hours are UTC hours (a day in the
-- site's zone, IST, starts at :30 UTC and cannot be summed from them). Kept for good, as the hours are: with them
-- the long-term record once the minutes are dropped after the retention.
create table page_view_day (
    day            date   not null,
    article_id     bigint not null,
    section_slug   text   not null,
    reader_kind    text   not null,
    referrer_class text   not null,
    device         text   not null,
    views          bigint not null,
    wall_views     bigint not null,
    primary key (day, article_id, section_slug, reader_kind, referrer_class, device)
);

-- a story's sums by reader kind, referrer class and device read from this index alone (as for the hours, V2802)
create index page_view_day_article on page_view_day (article_id, day)
    include (reader_kind, referrer_class, device, views);

insert into page_view_day (day, article_id, section_slug, reader_kind, referrer_class, device, views, wall_views)
select (hour at time zone 'UTC')::date, article_id, section_slug, reader_kind, referrer_class, device, sum(views),
       sum(wall_views)
from page_view_hour group by 1, 2, 3, 4, 5, 6;
