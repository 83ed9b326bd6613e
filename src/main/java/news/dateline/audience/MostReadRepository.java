package news.dateline.audience;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The most-read articles since a time: from the hourly rollups, and the minute counts for what is not rolled up yet. */
@Repository
class MostReadRepository {

    private static final String RANKED = """
            with counted as (
                select article_id, section_slug, sum(views) as views from page_view_hour
                where article_id <> 0 and hour >= :since and hour < :until
                group by article_id, section_slug
                union all
                select article_id, section_slug, sum(views) from page_view_minute
                where article_id <> 0 and minute >= :minutes and minute <= :now
                group by article_id, section_slug
            ), totals as (
                select article_id, max(section_slug) as section_slug, sum(views) as views
                from counted group by article_id
            ), ranked as (
                select article_id, section_slug, views,
                       row_number() over (order by views desc, article_id desc) as site_rank,
                       row_number() over (partition by section_slug order by views desc, article_id desc) as section_rank
                from totals
            )
            select article_id, section_slug, views, site_rank, section_rank from ranked
            where site_rank <= :size or section_rank <= :size
            order by views desc, article_id desc""";

    private final JdbcClient jdbc;

    MostReadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Ranked(long articleId, String sectionSlug, long views, long siteRank, long sectionRank) {
    }

    /** Each article within the top {@code size} of the site or of its section, most read first. */
    List<Ranked> ranked(Instant since, Instant now, int size) {
        // the end of the rolled-up hours as a value, so only the minutes' partitions and range after it are read
        Instant until = jdbc.sql("select hour + interval '1 hour' from page_view_hour order by hour desc limit 1")
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(since);
        Instant minutes = until.isAfter(since) ? until : since;
        return jdbc.sql(RANKED).param("since", Timestamp.from(since)).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(until)).param("minutes", Timestamp.from(minutes))
                .param("size", size).query(Ranked.class).list();
    }
}
