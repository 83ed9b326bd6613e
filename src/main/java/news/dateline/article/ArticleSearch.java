package news.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

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

    // body_text is the body as plain text, kept by the database (migration V110). Readers see a body snippet of
    // free articles only: a metered one's text is counted when opened, so snippets of it would be read uncounted.
    private static final String READER_SNIPPET = """
            ts_headline('english',
                case when a.access_level <> 'FREE' then regexp_replace(coalesce(a.standfirst, ''), '[\\x02\\x03]', '', 'g')
                     else a.body_text end,
                q, case when a.access_level <> 'FREE' then :standfirstOptions else :bodyOptions end)""";
    // the newsroom opens every article whole
    private static final String NEWSROOM_SNIPPET = "ts_headline('english', a.body_text, q, :bodyOptions)";

    /**
     * How many of the newest matches are ranked by relevance (10 pages of results); older matches are found by
     * relevance only through narrower words or filters, and by "newest" always. Ranking reads each match's whole
     * vector: ranking every match of a common word took a second on 100,000 articles; see bench/RESULTS.md.
     */
    static final int RANKED_CANDIDATES = 200;

    /**
     * What testing one article for the words costs (its whole vector is read), against fetching one match the text
     * index found, as measured on 100,000 articles (about 5 µs and 7 µs): see {@link #newestMatches}.
     */
    private static final double WALK_TO_FETCH_COST = 5.0 / 7.0;

    private final JsonMapper json = JsonMapper.builder().build();
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
        ArticleConditions filters = filters(query);
        Map<String, Object> params = filters.params();
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
            List<Long> candidates = newestMatches(filters, words, latest, query.hasPhrase());
            if (candidates.isEmpty()) {
                return new SearchResults(List.of(), query.page(), false);
            }
            params.put("candidates", candidates);
            page = "with hits as materialized (select a.id, ts_rank_cd(a.search_vector, q) as rank from article a"
                    + words + " where a.id in (:candidates) order by rank desc, " + latest
                    + " limit :limit offset :offset)";
        } else {
            ArticleConditions all = query.hasText() ? filters.copy().add("a.search_vector @@ q") : filters;
            page = "with hits as materialized (select a.id from article a" + words + all.where()
                    + " order by " + latest + " limit :limit offset :offset)";
        }
        String sql = page + " select " + ArticleListing.SUMMARY_COLUMNS
                + ", " + (!query.hasText() ? "null" : query.newsroom() ? NEWSROOM_SNIPPET : READER_SNIPPET) + " as snippet"
                + " from hits h join article a on a.id = h.id join section s on s.id = a.section_id" + words
                + " order by " + (query.byRelevance() ? "h.rank desc, " : "") + latest;
        List<SearchHit> rows = jdbc.sql(sql).params(params).query(ArticleSearch::hit).list();
        boolean hasNext = rows.size() > query.pageSize();
        return new SearchResults(hasNext ? rows.subList(0, query.pageSize()) : rows, query.page(), hasNext);
    }

    /**
     * The ids of the newest {@link #RANKED_CANDIDATES} articles matching the words, found the cheaper of two ways.
     * Walking the articles newest first, testing each, costs about {@code ranked × articles / matches} tests: cheap
     * for common words. Asking the text index for every match and sorting them costs about {@code matches}
     * fetches: cheap for rare words. PostgreSQL makes this choice itself but prices a test too low, so for words
     * in about one article in eighty it walked 17,000 articles (110 ms) to find 200; here the choice is made
     * from its own estimates of both counts, which it reads from its statistics without touching an article.
     * Not for phrases: each of the index's matches must then be checked word by word in its vector too, and the
     * planner's estimate of phrase matches runs a third of the truth, so there PostgreSQL's own plan is used.
     */
    private List<Long> newestMatches(ArticleConditions filters, String words, String latest, boolean phrase) {
        String matching = filters.copy().add("a.search_vector @@ q").where();
        Map<String, Object> params = filters.params();
        params.put("ranked", RANKED_CANDIDATES);
        if (phrase || walkingIsCheaper(estimatedRows(" from article a" + filters.where(), params),
                estimatedRows(" from article a" + words + matching, params))) {
            return jdbc.sql("select a.id from article a" + words + matching + " order by " + latest
                            + " limit :ranked")
                    .params(params).query(Long.class).list();
        }
        // materialized: every match is listed first, so the plan is the text index's, not a walk by date
        return jdbc.sql("with matches as materialized (select a.id, a.published_at, a.modified_at from article a"
                        + words + matching + ") select a.id from matches a order by " + latest
                        + " limit :ranked")
                .params(params).query(Long.class).list();
    }

    /** Whether testing articles newest first finds the newest matches cheaper than listing every match. */
    static boolean walkingIsCheaper(double articles, double matches) {
        return RANKED_CANDIDATES * articles / Math.max(matches, 1) * WALK_TO_FETCH_COST < matches;
    }

    /** The planner's estimate of how many rows {@code select … from …} finds, from statistics alone. */
    private double estimatedRows(String from, Map<String, Object> params) {
        String plan = jdbc.sql("explain (format json) select 1" + from).params(params).query(String.class).single();
        return json.readTree(plan).path(0).path("Plan").path("Plan Rows").asDouble();
    }

    private static ArticleConditions filters(SearchQuery query) {
        ArticleConditions filters = new ArticleConditions();
        if (!query.newsroom()) {
            filters.publishedOnly();
        }
        if (query.status() != null) {
            filters.with("a.status = :status", "status", query.status().name());
        }
        query.scope().addTo(filters);
        return filters.section(query.sectionId()).author(query.authorId()).tag(query.tagId())
                .published(query.publishedFrom(), query.publishedBefore());
    }

    private static SearchHit hit(ResultSet rs, int n) throws SQLException {
        String snippet = rs.getString("snippet");
        return new SearchHit(ArticleListing.summary(rs, n), snippet == null ? null
                : HtmlUtils.htmlEscape(snippet.replaceAll("\\s+", " ").strip(), "UTF-8")
                        .replace(String.valueOf(MARK_START), "<mark>").replace(String.valueOf(MARK_END), "</mark>"));
    }
}
