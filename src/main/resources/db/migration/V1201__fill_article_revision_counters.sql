-- Counters for articles saved before V1200: the newest revision of each (every revision counts as content).
update article a
set revision = r.latest, content_revision = r.latest
from (select article_id, max(number) as latest from article_revision group by article_id) r
where r.article_id = a.id;
