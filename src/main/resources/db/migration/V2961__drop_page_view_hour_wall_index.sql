-- The funnel's wall views are summed from page_view_total_hour now (V2960): nothing reads this index any more, and
-- every rolled-up hour row paid for it.
drop index page_view_hour_wall;
