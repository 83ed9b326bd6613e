package news.dateline.article;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters every list of articles shares (section, author, tag, publication time), as SQL conditions on
 * {@code article a} with their named parameters; a null value does not filter. One place for the lists, the
 * search and the content API's pages.
 */
final class ArticleConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    ArticleConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    ArticleConditions publishedOnly() {
        return add("a.status = 'PUBLISHED'");
    }

    ArticleConditions section(Long id) {
        return id == null ? this : with("a.section_id = :section", "section", id);
    }

    ArticleConditions author(Long id) {
        return id == null ? this : with(
                "exists (select 1 from article_author aa where aa.article_id = a.id and aa.author_id = :author)",
                "author", id);
    }

    ArticleConditions tag(Long id) {
        return id == null ? this
                : with("exists (select 1 from article_tag t where t.article_id = a.id and t.tag_id = :tag)", "tag", id);
    }

    /** Published in [from, before). */
    ArticleConditions published(Instant from, Instant before) {
        if (from != null) {
            with("a.published_at >= :from", "from", Timestamp.from(from));
        }
        return before == null ? this : with("a.published_at < :before", "before", Timestamp.from(before));
    }

    ArticleConditions with(String condition, String name, Object value) {
        params.put(name, value);
        return add(condition);
    }

    /** A copy to add more to, leaving this one as it is. */
    ArticleConditions copy() {
        ArticleConditions copy = new ArticleConditions();
        copy.conditions.addAll(conditions);
        copy.params.putAll(params);
        return copy;
    }

    /** {@code " where …"}, or nothing when nothing filters. */
    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The parameters of the conditions, to which a query adds its own. */
    Map<String, Object> params() {
        return params;
    }
}
