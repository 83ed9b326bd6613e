package news.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one query behind every list of articles, for readers and for the newsroom. */
@Repository
class ArticleListing {

    /** The columns every summary is read from (article {@code a}, section {@code s}), for {@link #summary}. */
    static final String SUMMARY_COLUMNS = """
            a.id, a.section_id, s.slug as section_slug, s.name as section_name, s.position as section_position,
                   a.slug, a.headline, a.standfirst, a.lead_photo_id, a.status, a.access_level,
                   a.published_at, a.updated_at, a.modified_at,
                   array(select au.name from article_author aa join author au on au.id = aa.author_id
                         where aa.article_id = a.id order by aa.position) as bylines
            """;

    /** The section is joined so rows need no look-ups. */
    private static final String SELECT_SUMMARY = "select " + SUMMARY_COLUMNS
            + " from article a join section s on s.id = a.section_id\n";

    private final JdbcClient jdbc;

    ArticleListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ArticlePage find(ArticleFilter filter) {
        ArticleConditions conditions = new ArticleConditions()
                .section(filter.sectionId()).author(filter.authorId()).tag(filter.tagId());
        if (filter.publishedOnly()) {
            conditions.publishedOnly();
        }
        Map<String, Object> params = conditions.params();
        String order = filter.publishedOnly() ? "a.published_at desc, a.id desc" : "a.modified_at desc, a.id desc";
        String sql = SELECT_SUMMARY + conditions.where() + " order by " + order + " limit :limit offset :offset";
        params.put("limit", filter.pageSize() + 1);
        params.put("offset", filter.offset());
        List<ArticleSummary> rows = jdbc.sql(sql).params(params).query(ArticleListing::summary).list();
        boolean hasNext = rows.size() > filter.pageSize();
        return new ArticlePage(hasNext ? rows.subList(0, filter.pageSize()) : rows, filter.page(), hasNext);
    }

    /** A page by position: publication time, then id, both descending (the order a cursor continues). */
    List<ArticleSummary> publishedPage(PublishedArticlesQuery query) {
        ArticleConditions conditions = new ArticleConditions().publishedOnly()
                .section(query.sectionId()).author(query.authorId()).tag(query.tagId())
                .published(query.since(), query.until());
        if (query.after() != null) {
            conditions.with("(a.published_at, a.id) < (:afterAt, :afterId)", "afterAt",
                    Timestamp.from(query.after().publishedAt()));
            conditions.params().put("afterId", query.after().id());
        }
        conditions.params().put("limit", query.limit());
        return jdbc.sql(SELECT_SUMMARY + conditions.where() + " order by a.published_at desc, a.id desc limit :limit")
                .params(conditions.params()).query(ArticleListing::summary).list();
    }

    /** Published articles of the same section, newest first, sharing a tag first. */
    List<ArticleSummary> related(Article article, int limit) {
        return jdbc.sql(SELECT_SUMMARY + """
                        where a.status = 'PUBLISHED' and a.section_id = :section and a.id <> :id
                        order by exists (select 1 from article_tag t join article_tag mine on mine.tag_id = t.tag_id
                                         where t.article_id = a.id and mine.article_id = :id) desc,
                                 a.published_at desc
                        limit :limit""")
                .param("section", article.section().id()).param("id", article.id()).param("limit", limit)
                .query(ArticleListing::summary).list();
    }

    List<ArticleSummary> publishedByIds(Collection<Long> ids) {
        return jdbc.sql(SELECT_SUMMARY + " where a.status = 'PUBLISHED' and a.id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query(ArticleListing::summary).list();
    }

    /** Published articles with a publication time in [from, to), newest first, at most {@code limit}. */
    List<ArticleSummary> publishedBetween(Instant from, Instant to, int limit) {
        return jdbc.sql(SELECT_SUMMARY + """
                         where a.status = 'PUBLISHED' and a.published_at >= :from and a.published_at < :to
                        order by a.published_at desc, a.id desc limit :limit""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query(ArticleListing::summary).list();
    }

    /** Each calendar month (in the zone) with published articles, newest first, and when its newest change was. */
    List<PublishedMonth> publishedMonths(ZoneId zone) {
        return jdbc.sql("""
                        select to_char(a.published_at at time zone :zone, 'YYYY-MM') as month,
                               max(greatest(a.published_at, a.modified_at)) as last_modified
                        from article a where a.status = 'PUBLISHED' group by 1 order by 1 desc""")
                .param("zone", zone.getId())
                .query((rs, n) -> new PublishedMonth(YearMonth.parse(rs.getString("month")),
                        rs.getTimestamp("last_modified").toInstant()))
                .list();
    }

    static ArticleSummary summary(ResultSet rs, int n) throws SQLException {
        Section section = ArticleRepository.section(rs);
        long photo = rs.getLong("lead_photo_id");
        Long leadPhoto = rs.wasNull() ? null : photo;
        return new ArticleSummary(rs.getLong("id"),
                Article.path(section.slug(), rs.getString("slug"), rs.getLong("id")),
                rs.getString("headline"), rs.getString("standfirst"), section.name(), section.path(), leadPhoto,
                ArticleStatus.valueOf(rs.getString("status")), AccessLevel.valueOf(rs.getString("access_level")),
                ArticleRepository.instant(rs, "published_at"), ArticleRepository.instant(rs, "updated_at"),
                ArticleRepository.instant(rs, "modified_at"), ArticleRepository.strings(rs.getArray("bylines")));
    }
}
