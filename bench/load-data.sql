-- A realistic archive for benchmarks: 5,000 published articles across the demo's sections with bylines, tags and
-- bodies of about 5 KB, and 10,000 members (all with the password "bench-password"). Runs after the demo content.
\set ON_ERROR_STOP on
begin;

insert into author (slug, name)
select 'bench-author-' || i, 'Bench Author ' || i from generate_series(1, 40) i
on conflict (slug) do nothing;

insert into tag (slug, name)
select 'bench-topic-' || i, 'Bench topic ' || i from generate_series(1, 200) i
on conflict (slug) do nothing;

with sections as (select array_agg(id order by id) ids from section),
     photos as (select array_agg(id order by id) ids from photo where storage_key is not null)
insert into article (section_id, slug, headline, standfirst, body_markdown, dateline, agencies, lead_photo_id,
                     access_level, status, published_at, updated_at, created_at, modified_at, import_key)
select s.ids[1 + i % array_length(s.ids, 1)],
       'bench-story-number-' || i,
       'Bench story number ' || i || ' about the city budget and its consequences',
       'A standfirst that sums up story ' || i || ' in one line for readers in a hurry',
       (select string_agg(
                   case when p % 4 = 0 then '## Subheading ' || p || E'\n\n' else '' end ||
                   'Paragraph ' || p || ' of story ' || i || '. The council met on Monday to discuss the plan, '
                   || 'and officials said the decision followed months of consultation with residents and experts. '
                   || 'Critics argued that the proposal lacked detail on costs and on who would answer for delays, '
                   || 'while supporters pointed to similar efforts elsewhere that had delivered results in two years. '
                   || 'A spokesperson said further details would be published in the coming days.',
                   E'\n\n')
        from generate_series(1, 12) p),
       'MUMBAI',
       case when i % 3 = 0 then '{PTI}'::text[] else '{}'::text[] end,
       ph.ids[1 + i % array_length(ph.ids, 1)],
       case when i % 5 = 0 then 'FREE' when i % 11 = 0 then 'PREMIUM' else 'METERED' end,
       'PUBLISHED',
       now() - make_interval(mins => i * 17),
       now() - make_interval(mins => i * 17),
       now() - make_interval(mins => i * 17),
       now() - make_interval(mins => i * 17),
       'bench:' || i
from generate_series(1, 5000) i, sections s, photos ph
on conflict (import_key) do nothing;

insert into article_author (article_id, author_id, position)
select a.id, (select id from author where slug = 'bench-author-' || (1 + a.id % 40)), 0
from article a where a.import_key like 'bench:%'
on conflict do nothing;

insert into article_tag (article_id, tag_id)
select a.id, (select id from tag where slug = 'bench-topic-' || (1 + (a.id * k) % 200))
from article a, generate_series(1, 3) k where a.import_key like 'bench:%'
on conflict do nothing;

-- bcrypt of "bench-password"
insert into member (email, display_name, password_hash)
select 'reader' || i || '@bench.local', 'Reader ' || i,
       '{bcrypt}$2a$10$f4CK4vhnwyMoRZJDS6nfKuBEbKrDXeWKtUY1ZDmfYwY3agnmgTiQG'
from generate_series(1, 10000) i
on conflict do nothing;

insert into member_role (member_id, role)
select id, 'MEMBER' from member where email like '%@bench.local'
on conflict do nothing;

commit;
analyze;
