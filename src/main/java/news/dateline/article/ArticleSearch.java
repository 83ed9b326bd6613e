package news.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * PostgreSQL full-text search over {@code article.search_vector} (headline A, standfirst B, body C; English
 * stemming), with the filters of {@link SearchQuery}. The page's rows are chosen first and only they get a
 * highlighted snippet, because {@code ts_headline} re-parses the whole text. Sibling of {@link ArticleListing}.
 */
@Repository
class ArticleSearch {

    // ts_headline marks matches with these; the text is HTML-escaped before they become <mark>, so nothing
    // stored is ever sent as markup. Both are removed from the text first, so only ts_headline's own remain.
    private static final char MARK_START = '\u0002';
    private static final char MARK_END = '\u0003';
    private static final String BODY_SNIPPET = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String STANDFIRST_SNIPPET = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
            + ", HighlightAll=true";

    /**
     * The body as plain text for snippets: images dropped, links reduced to their text, heading, quote and list
     * markers and emphasis removed.
     */
    private static final String PLAIN_BODY = """
            regexp_replace(regexp_replace(regexp_replace(regexp_replace(a.body_markdown,
                '!\\[[^]]*\\]\\([^)]*\\)', ' ', 'g'),
                '\\[([^]]*)\\]\\([^)]*\\)', '\\1', 'g'),
                '^[ \\t]{0,3}(#{1,6}|>|[-*+]|[0-9]+\\.)[ \\t]+', '', 'gn'),
                '[*_`~\\x02\\x03]+', '', 'g')""";

    private static final String SNIPPET = """
            ts_headline('english',
                case when a.access_level = 'PREMIUM' then regexp_replace(coalesce(a.standfirst, ''), '[\\x02\\x03]', '', 'g')
                     else %s end,
                q, case when a.access_level = 'PREMIUM' then :standfirstOptions else :bodyOptions end)""".formatted(PLAIN_BODY);

    /**
     * How many of the newest matches are ranked by relevance (25 pages of results); older matches are found by
     * relevance only through narrower words or filters, and by "newest" always. Ranking reads each match's whole
     * vector, so ranking every match of a common word took a second on 100,000 articles; see bench/RESULTS.md.
     */
    static final int RANKED_CANDIDATES = 500;

    private final JdbcClient jdbc;

    ArticleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    SearchResults find(SearchQuery query) {
        // Every search with the same filters is the same statement, so once the driver prepares it PostgreSQL may
        // reuse a generic plan guessed without the words: a rare word would then walk the whole date index
        // (a second on 100,000 articles) where the text index finds its few matches at once.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filters(query, where, params);
        String words = "";
        if (query.hasText()) {
            words = ", websearch_to_tsquery('english', :text) q";
            where.add("a.search_vector @@ q");
            params.put("text", query.text());
        }
        String filtered = " from article a" + words + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        String latest = query.newsroom() ? "a.modified_at desc, a.id desc" : "a.published_at desc, a.id desc";
        String page = query.byRelevance()
                // ranking reads each match's whole vector, so only the newest matches are ranked
                ? "with candidates as materialized (select a.id" + filtered + " order by " + latest
                  + " limit :candidates), hits as materialized (select a.id, ts_rank_cd(a.search_vector, q) as rank"
                  + " from candidates c join article a on a.id = c.id" + words
                  + " order by rank desc, " + latest + " limit :limit offset :offset)"
                : "with hits as materialized (select a.id" + filtered + " order by " + latest
                  + " limit :limit offset :offset)";
        String sql = page + " select " + ArticleListing.SUMMARY_COLUMNS
                + ", " + (query.hasText() ? SNIPPET : "null") + " as snippet"
                + " from hits h join article a on a.id = h.id join section s on s.id = a.section_id" + words
                + " order by " + (query.byRelevance() ? "h.rank desc, " : "") + latest;
        params.put("candidates", RANKED_CANDIDATES);
        if (query.hasText()) {
            params.put("bodyOptions", BODY_SNIPPET);
            params.put("standfirstOptions", STANDFIRST_SNIPPET);
        }
        params.put("limit", query.pageSize() + 1);
        params.put("offset", query.offset());
        List<SearchHit> rows = jdbc.sql(sql).params(params).query(ArticleSearch::hit).list();
        boolean hasNext = rows.size() > query.pageSize();
        return new SearchResults(hasNext ? rows.subList(0, query.pageSize()) : rows, query.page(), hasNext);
    }

    private static void filters(SearchQuery query, List<String> where, Map<String, Object> params) {
        if (!query.newsroom()) {
            where.add("a.status = 'PUBLISHED'");
        }
        if (query.status() != null) {
            where.add("a.status = :status");
            params.put("status", query.status().name());
        }
        if (query.sectionId() != null) {
            where.add("a.section_id = :section");
            params.put("section", query.sectionId());
        }
        if (query.authorId() != null) {
            where.add("exists (select 1 from article_author aa where aa.article_id = a.id and aa.author_id = :author)");
            params.put("author", query.authorId());
        }
        if (query.tagId() != null) {
            where.add("exists (select 1 from article_tag t where t.article_id = a.id and t.tag_id = :tag)");
            params.put("tag", query.tagId());
        }
        if (query.publishedFrom() != null) {
            where.add("a.published_at >= :from");
            params.put("from", Timestamp.from(query.publishedFrom()));
        }
        if (query.publishedBefore() != null) {
            where.add("a.published_at < :before");
            params.put("before", Timestamp.from(query.publishedBefore()));
        }
    }

    private static SearchHit hit(ResultSet rs, int n) throws SQLException {
        String snippet = rs.getString("snippet");
        return new SearchHit(ArticleListing.summary(rs, n), snippet == null ? null
                : HtmlUtils.htmlEscape(snippet.replaceAll("\\s+", " ").strip(), "UTF-8")
                        .replace(String.valueOf(MARK_START), "<mark>").replace(String.valueOf(MARK_END), "</mark>"));
    }
}
