-- An archive for the search benchmark: 100,000 published articles whose headlines, standfirsts and bodies (300
-- words) are drawn from a vocabulary ranked as English text is (Zipf's law: the word of rank r is used about
-- 1/r as often as the commonest): function words first, then some 330 news words, then 8,000 made-up rarer
-- words (names and the long tail). So a common news word such as "government" is in about a quarter of the
-- articles and "tiger" in a few percent, as in a real archive. A few entries are two-word phrases ("prime
-- minister"), so quoted phrases have real matches. Runs after the demo content; rows have import_key
-- 'search-bench:N'.
\set ON_ERROR_STOP on
begin;

create temporary table vocabulary (words text[]);
insert into vocabulary values (string_to_array(
'the,of,and,to,a,in,is,that,for,on,was,with,he,it,as,at,by,from,his,be,have,has,are,an,its,not,but,who,' ||
'they,this,were,been,which,their,will,would,there,had,or,up,out,about,than,when,all,we,into,over,can,she,' ||
'her,i,you,them,so,if,no,what,more,some,other,only,after,before,while,where,our,these,those,then,' ||
'government,council,minister,police,court,city,state,election,vote,budget,tax,party,leader,people,year,week,' ||
'report,plan,says,said,new,official,officials,public,water,power,health,hospital,school,students,teachers,' ||
'market,prices,price,bank,rates,inflation,growth,economy,jobs,workers,strike,union,company,companies,shares,' ||
'investors,profit,losses,trade,exports,imports,farmers,crop,rain,monsoon,flood,floods,drought,heat,storm,' ||
'weather,climate,energy,coal,solar,wind,oil,gas,fuel,road,roads,bridge,rail,railway,train,metro,airport,' ||
'flight,airline,traffic,accident,fire,rescue,victims,families,residents,village,villages,district,region,' ||
'border,army,soldiers,security,attack,talks,peace,treaty,summit,president,chief,judge,judges,law,bill,act,' ||
'parliament,assembly,opposition,campaign,candidate,candidates,voters,poll,polls,results,count,seats,majority,' ||
'coalition,protest,protesters,march,rally,crowd,demand,demands,support,critics,experts,study,research,data,' ||
'survey,figures,cost,costs,spending,funds,scheme,project,projects,housing,land,property,rent,homes,construction,' ||
'court,case,trial,hearing,verdict,appeal,petition,order,ban,rules,rule,reform,reforms,policy,policies,' ||
'digital,technology,internet,phone,mobile,app,online,startup,software,data,privacy,cyber,science,space,mission,' ||
'launch,satellite,university,college,exam,exams,results,admission,children,women,men,youth,sports,cricket,' ||
'football,match,team,captain,coach,series,tournament,final,win,wins,loss,record,runs,goal,goals,league,' ||
'festival,film,music,culture,art,museum,heritage,temple,tourism,tourists,hotel,food,restaurant,river,' ||
'lake,forest,wildlife,tiger,elephant,pollution,air,quality,waste,plastic,recycling,green,electric,vehicles,' ||
'cars,sales,exports,factory,industry,manufacturing,steel,cement,textile,insurance,loan,loans,debt,credit,' ||
'rupee,dollar,currency,gold,stock,index,sensex,quarter,annual,monthly,daily,morning,evening,night,today,' ||
'yesterday,tomorrow,monday,tuesday,wednesday,thursday,friday,saturday,sunday,january,march,june,october,' ||
'december,first,second,third,last,next,major,minor,big,small,high,low,long,short,early,late,fresh,' ||
'prime minister,chief minister,supreme court,high court,central bank,interest rates,climate change,' ||
'state election,water supply,power cuts,fuel prices,public transport,health care,stock market,city council',
','));

create temporary table word as
select n as id, w as word from vocabulary, unnest(words) with ordinality as t(w, n);
insert into word
select 1000 + n, a || b || c || case when n % 2 = 0 then 'n' else '' end
from (select row_number() over () as n, a, b, c
      from unnest('{ka,lo,mi,ra,te,su,no,vi,da,pe,ri,go,ma,lu,ze,ba,ti,ko,sa,ne}'::text[]) a,
           unnest('{ka,lo,mi,ra,te,su,no,vi,da,pe,ri,go,ma,lu,ze,ba,ti,ko,sa,ne}'::text[]) b,
           unnest('{ka,lo,mi,ra,te,su,no,vi,da,pe,ri,go,ma,lu,ze,ba,ti,ko,sa,ne}'::text[]) c) syllables;
-- ranks without gaps, the made-up words after the real ones
create temporary table ranked as select row_number() over (order by id) as id, word from word;
drop table word;
alter table ranked rename to word;
create unique index on word (id);
analyze word;

-- 20,000 sentences of 12 words, each word's rank drawn as floor(N^u) for a uniform u, which is Zipf's 1/r; articles are then made of sentences drawn from this pool (drawing every word of 30 million anew
-- takes many minutes)
create temporary table sentence as
select r.s as id, string_agg(w.word, ' ' order by r.k) as text
from (select s, k, floor((select count(*) from word) ^ random())::int as word_id
      from generate_series(1, 20000) s, generate_series(1, 12) k offset 0) r  -- offset 0: one draw a row
join word w on w.id = r.word_id
group by r.s;
create unique index on sentence (id);
analyze sentence;

with sections as (select array_agg(id order by id) ids from section)
insert into article (section_id, slug, headline, standfirst, body_markdown, dateline, access_level, status,
                     published_at, updated_at, created_at, modified_at, import_key)
select s.ids[1 + i % array_length(s.ids, 1)],
       'search-bench-' || i,
       initcap((select text from sentence where id = 1 + (i::bigint * 7919) % 20000)),
       (select text from sentence where id = 1 + (i::bigint * 104729) % 20000) || '.',
       -- 25 sentences (300 words), a paragraph every five
       (select string_agg(x.text || case when r.p % 5 = 0 then E'.\n\n' else '. ' end, '' order by r.p)
        from (select p, 1 + floor(random() * 20000)::int as sentence_id
              from generate_series(1, 25) p where i > 0 offset 0) r  -- "i > 0": drawn anew for each article
        join sentence x on x.id = r.sentence_id),
       'MUMBAI',
       case when i % 5 = 0 then 'FREE' when i % 11 = 0 then 'PREMIUM' else 'METERED' end,
       'PUBLISHED',
       now() - make_interval(mins => i * 5),
       now() - make_interval(mins => i * 5),
       now() - make_interval(mins => i * 5),
       now() - make_interval(mins => i * 5),
       'search-bench:' || i
from generate_series(1, 100000) i, sections s
on conflict (import_key) do nothing;

commit;
analyze article;
