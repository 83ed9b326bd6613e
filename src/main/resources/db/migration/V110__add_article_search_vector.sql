-- Full-text search over articles: headline weighted above standfirst above body, English stemming.
-- Stored generated columns keep both in step with every save without triggers (every function used is immutable,
-- as a generated column requires).

-- The body as plain text: images dropped, links reduced to their text, heading, quote and list markers and
-- emphasis removed (and the two control characters search uses to mark matches). Search snippets are cut from it
-- without re-parsing the Markdown on every search, and the index holds the words readers see, not photo ids or URLs.
alter table article add column body_text text generated always as (
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(body_markdown,
        '!\[[^]]*\]\([^)]*\)', ' ', 'g'),
        '\[([^]]*)\]\([^)]*\)', '\1', 'g'),
        '^[ \t]{0,3}(#{1,6}|>|[-*+]|[0-9]+\.)[ \t]+', '', 'gn'),
        '[*_`~\x02\x03]+', '', 'g')
) stored;

-- (a generated column cannot read another, so the body's plain text is made again here)
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(standfirst, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig,
        regexp_replace(regexp_replace(regexp_replace(regexp_replace(body_markdown,
            '!\[[^]]*\]\([^)]*\)', ' ', 'g'),
            '\[([^]]*)\]\([^)]*\)', '\1', 'g'),
            '^[ \t]{0,3}(#{1,6}|>|[-*+]|[0-9]+\.)[ \t]+', '', 'gn'),
            '[*_`~\x02\x03]+', '', 'g')), 'C')
) stored;

create index article_search_idx on article using gin (search_vector);

-- the newsroom's list (every status, last saved first) and its search when no words are given
create index article_modified_idx on article (modified_at desc, id desc);
