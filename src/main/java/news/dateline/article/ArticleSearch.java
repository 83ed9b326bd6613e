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

    // body_text is the body as plain text, kept by the database (migration V110)
    private static final String SNIPPET = """
            ts_headline('english',
                case when a.access_level = 'PREMIUM' then regexp_replace(coalesce(a.standfirst, ''), '[\\x02\\x03]', '', 'g')
                     else a.body_text end,
                q, case when a.access_level = 'PREMIUM' then :standfirstOptions else :bodyOptions end)""";

    /**
     * How many of the newest matches are ranked by relevance (10 pages of results); older matches are found by
     * relevance only through narrower words or filters, and by "newest" always. Ranking reads each match's whole
     * vector: ranking every match of a common word took a second on 100,000 articles; see bench/RESULTS.md.
     */
    static final int RANKED_CANDIDATES = 200;

    /**
     * How many of the newest articles are tested one by one for the words before the text index is asked for all
     * matches instead. Testing one costs about 5 µs (its vector is read); fetching one match through the index
     * about 7 µs. Words in more than one article in 25 (200 / 5,000) are found in the walk; rarer words have few
     * matches, which the index lists cheaply. Either way a search stays within about 25 ms of database time, where
     * PostgreSQL's own choice walked 17,000 articles (110 ms) for two words in one article in eighty.
     */
    static final int WALKED = 5_000;

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
            params.put("text", query.text());
            params.put("bodyOptions", BODY_SNIPPET);
            params.put("standfirstOptions", STANDFIRST_SNIPPET);
        }
        String latest = query.newsroom() ? "a.modified_at desc, a.id desc" : "a.published_at desc, a.id desc";
        params.put("limit", query.pageSize() + 1);
        params.put("offset", query.offset());
        String page;
        if (query.byRelevance()) {
            List<Long> candidates = newestMatches(where, words, latest, params);
            if (candidates.isEmpty()) {
                return new SearchResults(List.of(), query.page(), false);
            }
            params.put("candidates", candidates);
            page = "with hits as materialized (select a.id, ts_rank_cd(a.search_vector, q) as rank from article a"
                    + words + " where a.id in (:candidates) order by rank desc, " + latest
                    + " limit :limit offset :offset)";
        } else {
            List<String> all = new ArrayList<>(where);
            if (query.hasText()) {
                all.add("a.search_vector @@ q");
            }
            page = "with hits as materialized (select a.id from article a" + words + where(all)
                    + " order by " + latest + " limit :limit offset :offset)";
        }
        String sql = page + " select " + ArticleListing.SUMMARY_COLUMNS
                + ", " + (query.hasText() ? SNIPPET : "null") + " as snippet"
                + " from hits h join article a on a.id = h.id join section s on s.id = a.section_id" + words
                + " order by " + (query.byRelevance() ? "h.rank desc, " : "") + latest;
        List<SearchHit> rows = jdbc.sql(sql).params(params).query(ArticleSearch::hit).list();
        boolean hasNext = rows.size() > query.pageSize();
        return new SearchResults(hasNext ? rows.subList(0, query.pageSize()) : rows, query.page(), hasNext);
    }

    /**
     * The ids of the newest {@link #RANKED_CANDIDATES} articles matching the words: first by testing the newest
     * {@link #WALKED} articles in turn, and when they hold too few, from all the text index's matches.
     */
    private List<Long> newestMatches(List<String> filters, String words, String latest, Map<String, Object> params) {
        params.put("ranked", RANKED_CANDIDATES);
        params.put("walked", WALKED);
        List<Long> walked = jdbc.sql("select a.id from (select a.id, a.published_at, a.modified_at, a.search_vector"
                        + " from article a" + where(filters) + " order by " + latest + " limit :walked) a" + words
                        + " where a.search_vector @@ q order by " + latest + " limit :ranked")
                .params(params).query(Long.class).list();
        if (walked.size() == RANKED_CANDIDATES) {
            return walked;
        }
        List<String> matching = new ArrayList<>(filters);
        matching.add("a.search_vector @@ q");
        // materialized: every match is listed first, so the plan is the text index's, not another walk by date
        return jdbc.sql("with matches as materialized (select a.id, a.published_at, a.modified_at from article a"
                        + words + where(matching) + ") select a.id from matches a order by " + latest
                        + " limit :ranked")
                .params(params).query(Long.class).list();
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
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
