-- The overview's funnel sums the wall views of the last 30 days of rolled-up hours: read through this index alone
-- it touches only the hour rows with any (about one in twenty) instead of every row of the month (736 ms at 3
-- million views, bench/RESULTS.md, issue 18).
create index page_view_hour_wall on page_view_hour (hour) include (wall_views) where wall_views > 0;
