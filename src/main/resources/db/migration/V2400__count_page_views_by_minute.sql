-- Page views are no longer stored one row each (a COPY of every view into a month partition with four indexes cost
-- the article page half its throughput). Each node counts views in memory and adds its counts once a second:
-- one row per minute and combination of what the audience pages tell apart. article_id 0 and section_slug '' stand
-- for "none" (home page; section front) and '' for a missing UTM parameter, so every column is part of the key.
create table page_view_minute (
    minute         timestamptz not null,
    article_id     bigint      not null,
    section_slug   text        not null,
    reader_kind    text        not null check (reader_kind in ('anonymous', 'member', 'subscriber')),
    referrer_class text        not null
        check (referrer_class in ('search', 'social', 'newsletter', 'direct', 'internal', 'other')),
    device         text        not null check (device in ('mobile', 'tablet', 'desktop', 'other')),
    met_wall       boolean     not null,
    utm_source     text        not null,
    utm_medium     text        not null,
    utm_campaign   text        not null,
    views          integer     not null check (views > 0),
    primary key (minute, article_id, section_slug, reader_kind, referrer_class, device, met_wall, utm_source,
                 utm_medium, utm_campaign)
) partition by range (minute);

-- a story's page reads its minutes since the last rolled-up hour, a bound the planner cannot know in advance
create index page_view_minute_article on page_view_minute (article_id, minute);

-- The partition holding the UTC month of the given day, created if missing (several nodes may ask at once).
create function page_view_minute_month(day date) returns text language plpgsql as $$
declare
    first date := date_trunc('month', day)::date;
    name text := 'page_view_minute_' || to_char(first, 'YYYY_MM');
begin
    if to_regclass(name) is null then
        begin
            execute format('create table %I partition of page_view_minute for values from (%L) to (%L)', name,
                           first::timestamp at time zone 'UTC', (first + interval '1 month')::timestamp at time zone 'UTC');
        exception when duplicate_table then
            null; -- another node made it first
        end;
    end if;
    return name;
end
$$;

select page_view_minute_month(m)
from (select ((now() at time zone 'UTC')::date + make_interval(months => g))::date as m from generate_series(-1, 2) g
      union
      select distinct (date_trunc('month', viewed_at, 'UTC') at time zone 'UTC')::date from page_view) months;

insert into page_view_minute (minute, article_id, section_slug, reader_kind, referrer_class, device, met_wall,
                              utm_source, utm_medium, utm_campaign, views)
select date_trunc('minute', viewed_at), coalesce(article_id, 0), coalesce(section_slug, ''), reader_kind,
       referrer_class, device, met_wall, coalesce(utm_source, ''), coalesce(utm_medium, ''), coalesce(utm_campaign, ''),
       count(*)
from page_view group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

-- Each visitor hash once a day (the day of its salt, in the site's zone): unique visitors, visitor-days that met the
-- wall, and the article the visitor read last, which a registration that day is attributed to. Written only when
-- one of these changes, and dropped with the retention.
create table audience_visitor (
    day             date        not null,
    visitor         bytea       not null,
    first_seen      timestamptz not null,
    met_wall        boolean     not null,
    last_article_id bigint,
    last_read_at    timestamptz,
    primary key (day, visitor)
);

-- the funnel counts the visitor-days that met the wall over 30 days: a few percent of the rows
create index audience_visitor_wall on audience_visitor (day) where met_wall;

-- The article each signed-in member (not under GPC/DNT) read last, which their subscription is attributed to; kept
-- for the attribution's look-back only.
create table audience_member_read (
    member_id  bigint      primary key,
    article_id bigint      not null,
    read_at    timestamptz not null
);

insert into audience_member_read (member_id, article_id, read_at)
select distinct on (member_id) member_id, article_id, viewed_at from page_view
where member_id is not null and article_id is not null order by member_id, viewed_at desc;

drop table page_view;
drop function page_view_month(date);
