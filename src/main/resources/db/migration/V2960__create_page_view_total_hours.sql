-- Site-wide views and wall views of each rolled-up hour, written by the rollup beside page_view_hour: the overview's
-- "today against the same time yesterday" and its funnel's wall views sum 24 rows a day here instead of every
-- (article, section, reader kind, referrer, device) of the day in page_view_hour, about 100,000 rows a day at 10
-- million views in 90 days (bench/RESULTS.md, "Audience analytics, seventh round").
create table page_view_total_hour (
    hour       timestamptz primary key,
    views      bigint      not null,
    wall_views bigint      not null
);

insert into page_view_total_hour (hour, views, wall_views)
select hour, sum(views), sum(wall_views) from page_view_hour group by hour;
