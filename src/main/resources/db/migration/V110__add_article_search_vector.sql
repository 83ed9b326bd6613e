-- Full-text search over articles: headline weighted above standfirst above body, English stemming.
-- A stored generated column keeps the vector in step with every save without triggers; to_tsvector with a
-- regconfig literal is immutable, as a generated column requires.
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(standfirst, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(body_markdown, '')), 'C')
) stored;

create index article_search_idx on article using gin (search_vector);

-- the newsroom's list (every status, last saved first) and its search when no words are given
create index article_modified_idx on article (modified_at desc, id desc);
