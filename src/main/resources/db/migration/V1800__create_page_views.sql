-- Reader page views, one row each, in monthly partitions (UTC months) that page_view_month creates ahead and the
-- audience feature drops whole once they are older than the retention. No IP address, no user agent, no cookie:
-- visitor is a salted hash whose salt lives one day (audience_salt), and is null under GPC / Do Not Track.
create table page_view (
    viewed_at      timestamptz not null,
    article_id     bigint,
    section_slug   text,
    reader_kind    text        not null check (reader_kind in ('anonymous', 'member', 'subscriber')),
    member_id      bigint,
    met_wall       boolean     not null default false,
    referrer_class text        not null
        check (referrer_class in ('search', 'social', 'newsletter', 'direct', 'internal', 'other')),
    utm_source     text,
    utm_medium     text,
    utm_campaign   text,
    device         text        not null check (device in ('mobile', 'tablet', 'desktop', 'other')),
    visitor        bytea
) partition by range (viewed_at);

create index page_view_viewed_at on page_view (viewed_at);
create index page_view_article on page_view (article_id, viewed_at);
create index page_view_member on page_view (member_id, viewed_at) where member_id is not null;
create index page_view_visitor on page_view (visitor, viewed_at) where visitor is not null;

-- The partition holding the UTC month of the given day, created if missing (several nodes may ask at once).
create function page_view_month(day date) returns text language plpgsql as $$
declare
    first date := date_trunc('month', day)::date;
    name text := 'page_view_' || to_char(first, 'YYYY_MM');
begin
    if to_regclass(name) is null then
        begin
            execute format('create table %I partition of page_view for values from (%L) to (%L)', name,
                           first::timestamp at time zone 'UTC', (first + interval '1 month')::timestamp at time zone 'UTC');
        exception when duplicate_table then
            null; -- another node made it first
        end;
    end if;
    return name;
end
$$;

select page_view_month(((now() at time zone 'UTC')::date + make_interval(months => m))::date)
from generate_series(-1, 2) as m;
