-- A click on an article link in a newsletter edition, through the signed redirect (/r/{edition}). No subscriber
-- is named: the count per edition and link is what the newsroom needs.
create table audience_click (
    edition_id bigint      not null,
    url        text        not null,
    clicked_at timestamptz not null
);

create index audience_click_edition on audience_click (edition_id);
