-- The audience pages' queries on the bench data, explained with their run: `EXPLAIN=1 bench/analytics.sh` runs this
-- with -v id=<the most viewed story>. First the story page's (AudienceRepository.articleHours, articleByDimensions,
-- firstView), then the overview's (views today and by the same time yesterday, visitors today, top stories now, the
-- funnel, the attributed stories; the site's zone is the default Asia/Kolkata). The end of the rolled-up hours is
-- read first and passed as a value, as AudienceRepository does. Keep in step with AudienceRepository when its
-- queries change.
\pset pager off
select coalesce((select hour + interval '1 hour' from page_view_hour order by hour desc limit 1), 'epoch') as until,
       coalesce((select hour + interval '1 hour' from page_view_total_hour order by hour desc limit 1), 'epoch')
           as totals_until,
       now() - interval '48 hours' as since48
\gset
select greatest(:'since48'::timestamptz, :'until'::timestamptz) as minutes48,
       date_trunc('day', :'until'::timestamptz, 'UTC') as partial_day,
       (date_trunc('day', :'until'::timestamptz, 'UTC') at time zone 'UTC')::date as partial_date
\gset

explain (analyze, buffers, costs off)
select to_char(hour, 'YYYY-MM-DD"T"HH24') as key, sum(views)::bigint as count from (
    select hour, views from page_view_hour where article_id = :id and hour >= :'since48' and hour < :'until'
    union all
    select date_trunc('hour', minute, 'UTC'), views from page_view_minute
    where article_id = :id and minute >= :'minutes48'
) hours group by hour order by hour;

-- the story's all-time sums by dimension (AudienceRepository.articleByDimensions): the whole UTC days from
-- page_view_day, the day the rolled-up hours end in from its hours, the minutes after them
explain (analyze, buffers, costs off)
with counted as (
    select reader_kind, referrer_class, device, views as n from page_view_day
    where article_id = :id and day < :'partial_date'
    union all
    select reader_kind, referrer_class, device, views from page_view_hour
    where article_id = :id and hour >= :'partial_day' and hour < :'until'
    union all
    select reader_kind, referrer_class, device, views from page_view_minute where article_id = :id and minute >= :'until')
select case when grouping(reader_kind) = 0 then 'reader_kind'
            when grouping(referrer_class) = 0 then 'referrer_class' else 'device' end as dimension,
       coalesce(reader_kind, referrer_class, device) as key, sum(n)::bigint as count
from counted group by grouping sets ((reader_kind), (referrer_class), (device))
order by dimension, count desc, key;

-- for comparison, the same sums as the seventh round read them: every hour row of the story
explain (analyze, buffers, costs off)
with counted as (
    select reader_kind, referrer_class, device, views as n from page_view_hour where article_id = :id and hour < :'until'
    union all
    select reader_kind, referrer_class, device, views from page_view_minute where article_id = :id and minute >= :'until')
select case when grouping(reader_kind) = 0 then 'reader_kind'
            when grouping(referrer_class) = 0 then 'referrer_class' else 'device' end as dimension,
       coalesce(reader_kind, referrer_class, device) as key, sum(n)::bigint as count
from counted group by grouping sets ((reader_kind), (referrer_class), (device))
order by dimension, count desc, key;

explain (analyze, buffers, costs off)
with first_hour as (select min(hour) as hour from page_view_hour where article_id = :id)
select coalesce(
    (select min(m.minute) from page_view_minute m, first_hour f
     where m.article_id = :id and m.minute >= f.hour and m.minute < f.hour + interval '1 hour'),
    (select hour from first_hour),
    (select min(minute) from page_view_minute where article_id = :id and minute >= :'until'));

-- the overview: today's start in the site's zone, the same time yesterday, the first whole UTC hour of each, and
-- where the minute counts take over from the hourly totals (AudienceRepository.views works these out in Java)
select date_trunc('day', now() at time zone 'Asia/Kolkata') at time zone 'Asia/Kolkata' as today,
       date_trunc('day', now() at time zone 'Asia/Kolkata') at time zone 'Asia/Kolkata' - interval '1 day' as yesterday,
       now() - interval '1 day' as yesterday_now
\gset
select date_trunc('hour', :'today'::timestamptz, 'UTC') + interval '1 hour' as today_whole,
       date_trunc('hour', :'yesterday'::timestamptz, 'UTC') + interval '1 hour' as yesterday_whole
\gset
select greatest(:'today_whole'::timestamptz, least(date_trunc('hour', now(), 'UTC'), :'totals_until'::timestamptz))
           as today_minutes,
       greatest(:'yesterday_whole'::timestamptz,
                least(date_trunc('hour', :'yesterday_now'::timestamptz, 'UTC'), :'totals_until'::timestamptz))
           as yesterday_minutes
\gset

-- views today (AudienceRepository.views), then by the same time yesterday
explain (analyze, buffers, costs off)
select coalesce((select sum(views) from page_view_total_hour where hour >= :'today_whole' and hour < :'today_minutes'), 0)
     + coalesce((select sum(views) from page_view_minute
                 where minute >= date_trunc('minute', cast(:'today' as timestamptz))
                   and minute < :'today_whole' and minute <= now()), 0)
     + coalesce((select sum(views) from page_view_minute where minute >= :'today_minutes' and minute <= now()), 0);

explain (analyze, buffers, costs off)
select coalesce((select sum(views) from page_view_total_hour
                 where hour >= :'yesterday_whole' and hour < :'yesterday_minutes'), 0)
     + coalesce((select sum(views) from page_view_minute
                 where minute >= date_trunc('minute', cast(:'yesterday' as timestamptz))
                   and minute < :'yesterday_whole' and minute <= :'yesterday_now'), 0)
     + coalesce((select sum(views) from page_view_minute
                 where minute >= :'yesterday_minutes' and minute <= :'yesterday_now'), 0);

-- for comparison, views today as the overview read them before the seventh round: from the minute counts alone
explain (analyze, buffers, costs off)
select coalesce(sum(views), 0) from page_view_minute
where minute >= date_trunc('minute', cast(:'today' as timestamptz)) and minute <= now();

-- visitors today (AudienceRepository.visitors)
explain (analyze, buffers, costs off)
select count(*) from audience_visitor where day = (now() at time zone 'Asia/Kolkata')::date and first_seen <= now();

-- top stories in the last 30 minutes (AudienceRepository.topArticles)
explain (analyze, buffers, costs off)
select article_id::text as key, sum(views)::bigint as count from page_view_minute
where minute >= date_trunc('minute', now() - interval '30 minutes') and article_id <> 0
group by article_id order by sum(views) desc, article_id desc limit 20;

-- the funnel, last 30 days (AudienceRepository.wall and conversions; kept five minutes per node)
explain (analyze, buffers, costs off)
select count(*) from audience_visitor where met_wall and day >= (now() - interval '30 days')::date;

select now() - interval '30 days' as since30, greatest(now() - interval '30 days', :'totals_until'::timestamptz) as minutes30
\gset
explain (analyze, buffers, costs off)
select coalesce((select sum(wall_views) from page_view_total_hour where hour >= :'since30' and hour < :'totals_until'), 0)
     + coalesce((select sum(views) from page_view_minute where met_wall and minute >= :'minutes30'), 0);

explain (analyze, buffers, costs off)
select count(*) from audience_conversion where kind = 'registered' and occurred_at >= now() - interval '30 days';

-- the stories credited with registrations (AudienceRepository.attributed; kept five minutes per node)
explain (analyze, buffers, costs off)
select article_id::text as key, count(*) as count from audience_conversion
where kind = 'registered' and occurred_at >= now() - interval '30 days' and article_id is not null
group by article_id order by count(*) desc, article_id desc limit 20;

-- the most-read lists' refresh (MostReadCache, every dateline.audience.most-read-refresh on each node, off the
-- reader's path: pages read the lists from the node's memory); the last 24 whole hours and the current one
select date_trunc('hour', now(), 'UTC') - interval '24 hours' as since24\gset
select greatest(:'since24'::timestamptz, :'until'::timestamptz) as minutes24,
       greatest(:'since24'::timestamptz, :'until'::timestamptz - interval '1 hour') as last_rolled24\gset
-- each refresh: the last rolled-up hour again and any rolled up since (MostReadRepository.hours), and the minutes after
-- them (MostReadRepository.minutes); the kept hours are summed and ranked in the node's memory
explain (analyze, buffers, costs off)
select hour, article_id, section_slug, sum(views) as views from page_view_hour
where article_id <> 0 and hour >= :'last_rolled24' and hour < :'minutes24'
group by hour, article_id, section_slug;

explain (analyze, buffers, costs off)
select cast(:'minutes24' as timestamptz) as hour, article_id, section_slug, sum(views) as views
from page_view_minute where article_id <> 0 and minute >= :'minutes24' and minute <= now()
group by article_id, section_slug;

-- the whole window, read once when a node starts (and after a failed refresh)
explain (analyze, buffers, costs off)
select hour, article_id, section_slug, sum(views) as views from page_view_hour
where article_id <> 0 and hour >= :'since24' and hour < :'minutes24'
group by hour, article_id, section_slug;

-- for comparison, the refresh of the seventh round: the window's hour rows grouped and ranked on every refresh
explain (analyze, buffers, costs off)
with counted as (
    select article_id, section_slug, sum(views) as views from page_view_hour
    where article_id <> 0 and hour >= :'since24' and hour < :'until'
    group by article_id, section_slug
    union all
    select article_id, section_slug, sum(views) from page_view_minute
    where article_id <> 0 and minute >= :'minutes24' and minute <= now()
    group by article_id, section_slug
), totals as (
    select article_id, max(section_slug) as section_slug, sum(views) as views from counted group by article_id
), ranked as (
    select article_id, section_slug, views,
           row_number() over (order by views desc, article_id desc) as site_rank,
           row_number() over (partition by section_slug order by views desc, article_id desc) as section_rank
    from totals
)
select count(*) from ranked where site_rank <= 5 or section_rank <= 5;

-- what each rollup (every 10 minutes) adds for the days: the day the rolled-up hours end in, counted again from its
-- hours (PageViewRepository.rollUp; its select only, nothing written)
explain (analyze, buffers, costs off)
select (hour at time zone 'UTC')::date, article_id, section_slug, reader_kind, referrer_class, device, sum(views),
       sum(wall_views)
from page_view_hour where hour >= :'partial_day' and hour < :'partial_day'::timestamptz + interval '1 day'
group by 1, 2, 3, 4, 5, 6;
