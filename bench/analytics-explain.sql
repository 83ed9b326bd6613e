-- The story audience page's queries (AudienceRepository.articleHours, articleByDimensions, firstView) on the bench
-- data, explained with their run: `EXPLAIN=1 bench/analytics.sh` runs this with -v id=<the most viewed story>.
-- Keep in step with AudienceRepository when its queries change.
\pset pager off
explain (analyze, buffers, costs off)
with rolled as (select coalesce((select max(hour) + interval '1 hour' from page_view_hour), '-infinity'::timestamptz) as until)
select to_char(hour, 'YYYY-MM-DD"T"HH24') as key, sum(views)::bigint as count from (
    select h.hour, h.views from page_view_hour h, rolled
    where h.article_id = :id and h.hour >= now() - interval '48 hours' and h.hour < rolled.until
    union all
    select date_trunc('hour', m.minute, 'UTC'), m.views from page_view_minute m, rolled
    where m.article_id = :id and m.minute >= greatest(now() - interval '48 hours', rolled.until)
) hours group by hour order by hour;

explain (analyze, buffers, costs off)
with rolled as (select coalesce((select max(hour) + interval '1 hour' from page_view_hour), '-infinity'::timestamptz) as until),
counted as (
    select h.reader_kind, h.referrer_class, h.device, h.views as n from page_view_hour h, rolled
    where h.article_id = :id and h.hour < rolled.until
    union all
    select m.reader_kind, m.referrer_class, m.device, m.views from page_view_minute m, rolled
    where m.article_id = :id and m.minute >= rolled.until)
select case when grouping(reader_kind) = 0 then 'reader_kind'
            when grouping(referrer_class) = 0 then 'referrer_class' else 'device' end as dimension,
       coalesce(reader_kind, referrer_class, device) as key, sum(n)::bigint as count
from counted group by grouping sets ((reader_kind), (referrer_class), (device))
order by dimension, count desc, key;

explain (analyze, buffers, costs off)
with rolled as (select coalesce((select max(hour) + interval '1 hour' from page_view_hour), '-infinity'::timestamptz) as until),
first_hour as (select min(hour) as hour from page_view_hour where article_id = :id)
select coalesce(
    (select min(m.minute) from page_view_minute m, first_hour f
     where m.article_id = :id and m.minute >= f.hour and m.minute < f.hour + interval '1 hour'),
    (select hour from first_hour),
    (select min(m.minute) from page_view_minute m, rolled where m.article_id = :id and m.minute >= rolled.until));
