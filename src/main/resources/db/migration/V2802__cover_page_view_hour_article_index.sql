-- A story's audience page sums all of its rolled-up hours by reader kind, referrer class and device: with these in
-- the index the sum is read from the index alone (an index-only scan) instead of one heap page per hour row, which
-- for a popular story over 90 days is tens of thousands of random reads (bench/RESULTS.md, issue 18).
create index page_view_hour_article_covering on page_view_hour (article_id, hour)
    include (reader_kind, referrer_class, device, views);
drop index page_view_hour_article;
