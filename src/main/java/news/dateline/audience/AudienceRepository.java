package news.dateline.audience;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What the newsroom's audience pages read, and the conversions they attribute. */
@Repository
class AudienceRepository {

    // the rollup covers hours before this; raw views from it on
    private static final String ROLLED = """
            with rolled as (select coalesce((select max(hour) + interval '1 hour' from page_view_hour),
                                            '-infinity'::timestamptz) as until)""";
    private static final Set<String> DIMENSIONS = Set.of("reader_kind", "referrer_class", "device");

    private final JdbcClient jdbc;

    AudienceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Count(String key, long count) {
    }

    long views(Instant from, Instant to) {
        return jdbc.sql("select count(*) from page_view where viewed_at >= :from and viewed_at < :to")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Long.class).single();
    }

    long visitors(Instant from, Instant to) {
        return jdbc.sql("select count(distinct visitor) from page_view where viewed_at >= :from and viewed_at < :to")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Long.class).single();
    }

    /** Articles by views since a time, from raw views (for the last minutes). */
    List<Count> topArticles(Instant since, int limit) {
        return jdbc.sql("""
                        select article_id::text as key, count(*) as count from page_view
                        where viewed_at >= :since and article_id is not null
                        group by article_id order by count(*) desc, article_id desc limit :limit""")
                .param("since", Timestamp.from(since)).param("limit", limit).query(Count.class).list();
    }

    /** An article's views by UTC hour since a time. */
    List<Count> articleHours(long articleId, Instant since) {
        return jdbc.sql(ROLLED + """
                        select to_char(hour, 'YYYY-MM-DD"T"HH24') as key, sum(views)::bigint as count from (
                            select h.hour, h.views from page_view_hour h, rolled
                            where h.article_id = :id and h.hour >= :since and h.hour < rolled.until
                            union all
                            select date_trunc('hour', v.viewed_at, 'UTC'), 1 from page_view v, rolled
                            where v.article_id = :id and v.viewed_at >= greatest(cast(:since as timestamptz), rolled.until)
                        ) hours group by hour order by hour""")
                .param("id", articleId).param("since", Timestamp.from(since)).query(Count.class).list();
    }

    /** An article's views of all time by one dimension (reader_kind, referrer_class or device). */
    List<Count> articleBy(long articleId, String dimension) {
        if (!DIMENSIONS.contains(dimension)) {
            throw new IllegalArgumentException("not a page view dimension: " + dimension);
        }
        return jdbc.sql(ROLLED + """
                        select key, sum(n)::bigint as count from (
                            select h.%1$s as key, h.views as n from page_view_hour h, rolled
                            where h.article_id = :id and h.hour < rolled.until
                            union all
                            select v.%1$s, 1 from page_view v, rolled where v.article_id = :id and v.viewed_at >= rolled.until
                        ) counted group by key order by count desc, key""".formatted(dimension))
                .param("id", articleId).query(Count.class).list();
    }

    /** When the article was first viewed: raw views' first, or the first rolled-up hour once those are dropped. */
    Optional<Instant> firstView(long articleId) {
        return jdbc.sql("""
                        select least((select min(viewed_at) from page_view where article_id = :id),
                                     (select min(hour) from page_view_hour where article_id = :id))""")
                .param("id", articleId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Visitor-days that met the wall since a time (a visitor is known within a day only), and all wall views. */
    Map<String, Long> wall(Instant since) {
        return jdbc.sql("""
                        select count(distinct (visitor, date_trunc('day', viewed_at, 'UTC'))) filter (where visitor is not null)
                                   as visitors,
                               count(*) as views
                        from page_view where met_wall and viewed_at >= :since""")
                .param("since", Timestamp.from(since))
                .query((rs, n) -> Map.of("visitors", rs.getLong("visitors"), "views", rs.getLong("views"))).single();
    }

    long conversions(String kind, Instant since) {
        return jdbc.sql("select count(*) from audience_conversion where kind = :kind and occurred_at >= :since")
                .param("kind", kind).param("since", Timestamp.from(since)).query(Long.class).single();
    }

    /** The articles most conversions of this kind are attributed to since a time. */
    List<Count> attributed(String kind, Instant since, int limit) {
        return jdbc.sql("""
                        select article_id::text as key, count(*) as count from audience_conversion
                        where kind = :kind and occurred_at >= :since and article_id is not null
                        group by article_id order by count(*) desc, article_id desc limit :limit""")
                .param("kind", kind).param("since", Timestamp.from(since)).param("limit", limit)
                .query(Count.class).list();
    }

    /** The article a visitor (by today's hash) or a member last viewed after a time, if any. */
    Optional<Long> lastArticle(String column, Object value, Instant since) {
        String filter = switch (column) {
            case "visitor" -> "visitor = :value";
            case "member_id" -> "member_id = :value";
            default -> throw new IllegalArgumentException("not a reader column: " + column);
        };
        return jdbc.sql("select article_id from page_view where " + filter
                        + " and article_id is not null and viewed_at >= :since order by viewed_at desc limit 1")
                .param("value", value).param("since", Timestamp.from(since)).query(Long.class).optional();
    }

    void clicked(long editionId, String url, Instant at) {
        jdbc.sql("insert into audience_click (edition_id, url, clicked_at) values (:edition, :url, :at)")
                .param("edition", editionId).param("url", url).param("at", Timestamp.from(at)).update();
    }

    /** Clicks per edition, the latest editions clicked first. */
    List<Count> clicksByEdition(int limit) {
        return jdbc.sql("""
                        select edition_id::text as key, count(*) as count from audience_click
                        group by edition_id order by edition_id desc limit :limit """)
                .param("limit", limit).query(Count.class).list();
    }

    /** Stored in its own transaction after the registration or subscription committed: it can never undo either. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void convert(long memberId, String kind, Instant at, Long articleId) {
        jdbc.sql("""
                        insert into audience_conversion (member_id, kind, occurred_at, article_id)
                        values (:member, :kind, :at, :article)""")
                .param("member", memberId).param("kind", kind).param("at", Timestamp.from(at))
                .param("article", articleId).update();
    }
}
